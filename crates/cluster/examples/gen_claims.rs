//! Plants known duplicates among synthetic claims, clusters them, and prints recall of the
//! planted pairs, pair precision, time and peak memory.
//!
//! `cargo run --release -p whosaid-cluster --example gen_claims -- 1000000 [threshold [speakers
//! [paraphrases (1 or 0, default 0)]]]`

#[allow(dead_code, reason = "shared with the bench, which uses less of it")]
#[path = "../benches/synth/mod.rs"]
mod synth;

use std::time::Instant;

use whosaid_cluster::{ClaimRef, ClustererBuilder};

/// Peak resident memory so far, from the kernel's own count.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// CPU time used so far by this process (user + system), which a busy shared machine
/// disturbs less than wall time.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports clock ticks of 1/100 s on every common configuration.
    Some((utime + stime) / 100.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let threshold: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0.5);
    let speakers: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let paraphrases = args.next().is_some_and(|a| a == "1");

    let started = Instant::now();
    let claims = synth::generate(n, speakers, 42);
    let generated = started.elapsed();
    let bytes: usize = claims.iter().map(|c| c.text.len()).sum();
    let memory_before = peak_memory_mib().unwrap_or(0.0);

    let refs: Vec<ClaimRef<'_>> =
        claims.iter().map(|c| ClaimRef { speaker_key: &c.speaker, text: &c.text }).collect();
    let clusterer = ClustererBuilder::new().threshold(threshold).paraphrases(paraphrases).build();
    let started = Instant::now();
    let cpu_before = cpu_seconds().unwrap_or(0.0);
    let (assignment, stats) = clusterer.cluster_with_stats(&refs);
    let clustered = started.elapsed();
    let cpu = cpu_seconds().unwrap_or(0.0) - cpu_before;
    let memory_after = peak_memory_mib().unwrap_or(0.0);

    let (planted, predicted, correct) = synth::pair_scores(&claims, &assignment);
    let recall = correct as f64 / planted.max(1) as f64;
    let precision = correct as f64 / predicted.max(1) as f64;
    println!(
        "claims           {n} ({:.1} MB of text), {speakers} speakers, threshold {threshold}",
        bytes as f64 / 1e6
    );
    println!("generated in     {:.2} s", generated.as_secs_f64());
    println!(
        "clustered in     {:.2} s wall, {cpu:.2} s CPU ({:.0} claims per CPU second)",
        clustered.as_secs_f64(),
        n as f64 / cpu.max(0.01)
    );
    println!("stats            {stats:?}");
    println!("planted pairs    {planted}, predicted pairs {predicted}, correct {correct}");
    // Equal checksums before and after a change mean the same clusters, claim for claim.
    let checksum = assignment
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, &a| (h ^ a as u64).wrapping_mul(0x0000_0100_0000_01b3));
    println!("assignment hash  {checksum:016x}");
    println!("pair recall      {:.2}%", recall * 100.0);
    println!("pair precision   {:.2}%", precision * 100.0);
    if std::env::var_os("DEBUG_CLUSTERS").is_some() {
        debug_worst(&claims, &assignment, &clusterer);
    }
    println!(
        "peak memory      {memory_after:.0} MiB (VmHWM; {memory_before:.0} MiB before clustering)"
    );
}

/// Prints the largest cluster holding several planted groups, to see what merged wrongly.
#[allow(dead_code)]
fn debug_worst(
    claims: &[synth::SynthClaim],
    assignment: &[usize],
    clusterer: &whosaid_cluster::Clusterer,
) {
    use std::collections::HashMap;
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &a) in assignment.iter().enumerate() {
        members.entry(a).or_default().push(i);
    }
    let mut sizes: Vec<(usize, usize)> = members.iter().map(|(&k, v)| (v.len(), k)).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!("largest clusters: {:?}", &sizes[..sizes.len().min(10)]);
    let mut hist: std::collections::BTreeMap<usize, usize> = Default::default();
    for &(s, _) in &sizes {
        *hist.entry(s).or_default() += 1;
    }
    println!("size histogram: {hist:?}");
    let mut by_group: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_group.entry(c.group).or_default().push(i);
    }
    let mut split: Vec<&Vec<usize>> = by_group
        .values()
        .filter(|m| m.iter().any(|&i| assignment[i] != assignment[m[0]]))
        .collect();
    split.sort();
    println!("split groups: {}", split.len());
    for m in split.iter().take(6) {
        for &i in m.iter() {
            let c = &claims[i];
            println!(
                "  c{} sim={:.2} {}",
                assignment[i],
                clusterer.similarity(&claims[m[0]].text, &c.text),
                c.text
            );
        }
        println!();
    }
    if let Some(&(_, rep)) = sizes.first() {
        for &i in members[&rep].iter().take(12) {
            let c = &claims[i];
            println!(
                "  {} g{} sim={:.2} {}",
                c.speaker,
                c.group,
                clusterer.similarity(&claims[rep].text, &c.text),
                c.text
            );
        }
    }
}

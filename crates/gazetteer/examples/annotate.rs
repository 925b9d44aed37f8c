//! Prints the mentions and role titles the default gazetteer finds in text files, one per
//! line: `file<TAB>start<TAB>end<TAB>kind<TAB>id<TAB>name<TAB>surface`.
//!
//! `cargo run -p whosaid-gazetteer --example annotate -- FILE...`
//!
//! With `GAZETTEER_FILES=a.tsv:b.tsv` (and `GAZETTEER_ROLES=roles.tsv`) only those files are
//! used instead of the embedded defaults, e.g. to see what shape rules find without people.

use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::Tokens;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let builder = match std::env::var("GAZETTEER_FILES") {
        Ok(files) => {
            let mut b = GazetteerBuilder::new();
            for f in files.split(':') {
                let _ = b.add_file(f);
            }
            if let Ok(roles) = std::env::var("GAZETTEER_ROLES") {
                let _ = b.add_roles_file(roles);
            }
            b
        }
        Err(_) => GazetteerBuilder::with_defaults(),
    };
    for e in builder.errors() {
        eprintln!("warning: {e}");
    }
    let gazetteer = builder.build();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let found = gazetteer.annotate(&text, &Tokens::default());
        for m in &found.mentions {
            let id = m.entity.and_then(|id| gazetteer.entity(id)).map_or("", |e| e.id.as_str());
            let kind = if m.adjective { "adjective" } else { m.kind.as_str() };
            let surface = text.get(m.span.start..m.span.end).unwrap_or("").replace('\n', " ");
            println!(
                "{path}\t{}\t{}\t{kind}\t{id}\t{}\t{surface}",
                m.span.start, m.span.end, m.name
            );
        }
        for r in &found.roles {
            let surface = text.get(r.span.start..r.span.end).unwrap_or("").replace('\n', " ");
            println!("{path}\t{}\t{}\trole\t\t{}\t{surface}", r.span.start, r.span.end, r.title);
        }
    }
    Ok(())
}

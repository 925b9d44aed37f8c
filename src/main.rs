//! The `whosaid` command: flags and glue around the stage crates.

fn main() {
    println!("whosaid: under construction");
}

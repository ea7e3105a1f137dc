//! News-like input for the benches: the seed articles' lines, shuffled and with their
//! numbers varied, to any size. Included by the benches with `#[path]`.

const SEEDS: [&str; 5] = [
    include_str!("../../seeds/000_30275bd4750cc261.txt"),
    include_str!("../../seeds/001_0250830679b74e50.txt"),
    include_str!("../../seeds/002_d26debe2e430b1cf.txt"),
    include_str!("../../seeds/003_8370b84d87d0acd9.txt"),
    include_str!("../../seeds/004_56746001db7dae0c.txt"),
];

/// About `bytes` of news-like text: the seeds' lines in a pseudo-random order, with digits
/// changed from copy to copy so the text does not repeat exactly.
pub fn news_like(bytes: usize) -> String {
    let lines: Vec<&str> = SEEDS
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = String::with_capacity(bytes + 8192);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut copy = 0u32;
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let line = lines[(state % lines.len() as u64) as usize];
        copy += 1;
        for c in line.chars() {
            out.push(match c.to_digit(10) {
                Some(d) => char::from_digit((d + copy) % 10, 10).unwrap_or(c),
                None => c,
            });
        }
        out.push('\n');
    }
    out
}

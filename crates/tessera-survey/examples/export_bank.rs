//! Writes the whole bank as one XLSForm to the path given, for checking by hand with pyxform.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("give an output path")?;
    let bank = tessera_survey::Bank::shipped()?;
    let all: Vec<String> = bank
        .questions
        .iter()
        .flat_map(|q| q.question.rules.iter().map(|r| r.indicator.clone()))
        .collect();
    let q = bank.compose(&all).questionnaire;
    std::fs::write(
        path,
        tessera_survey::write_xlsform(&q, "tessera_bank", "1")?,
    )?;
    Ok(())
}

//! `tessera framework list | show | search | check`.

use std::process::ExitCode;

use anyhow::Context;
use tessera_framework::{Catalogue, Hit, HitTarget, Pack};

use super::table::print_table;
use crate::cli::{Format, FrameworkCommand};

pub fn run(cmd: FrameworkCommand) -> anyhow::Result<ExitCode> {
    if let FrameworkCommand::Check { folder } = &cmd {
        return check(folder);
    }
    let catalogue = Catalogue::shipped().map_err(|e| {
        anyhow::anyhow!("the framework packs built into this Tessera are not valid:\n{e}")
    })?;
    match cmd {
        FrameworkCommand::List { format } => list(&catalogue, format),
        FrameworkCommand::Show { pack, item, format } => {
            show(&catalogue, &pack, item.as_deref(), format)
        }
        FrameworkCommand::Search {
            words,
            format,
            limit,
        } => search(&catalogue, &words.join(" "), format, limit),
        FrameworkCommand::Check { .. } => Ok(ExitCode::SUCCESS),
    }
}

fn print_json(value: &impl serde::Serialize) -> anyhow::Result<ExitCode> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).context("could not write JSON")?
    );
    Ok(ExitCode::SUCCESS)
}

fn list(catalogue: &Catalogue, format: Format) -> anyhow::Result<ExitCode> {
    if format == Format::Json {
        let packs: Vec<serde_json::Value> = catalogue
            .packs()
            .iter()
            .map(|p| {
                serde_json::json!({
                    "id": p.id, "name": p.name, "publisher": p.publisher, "year": p.year,
                    "licence": p.licence,
                    "domain_types": p.domain_types, "domains": p.domains,
                    "principles": p.principles, "data_source_kinds": p.data_source_kinds,
                    "keywords": p.keywords.len(), "indicators": p.indicators.len(),
                    "indicators_by_origin": {
                        "quoted": p.indicators.iter().filter(|i| i.origin.as_str() == "quoted").count(),
                        "starter": p.indicators.iter().filter(|i| i.origin.as_str() == "starter").count(),
                    },
                })
            })
            .collect();
        return print_json(&serde_json::json!({ "frameworks": packs }));
    }
    let rows: Vec<[String; 5]> = catalogue
        .packs()
        .iter()
        .map(|p| {
            [
                p.id.to_string(),
                p.name.clone(),
                p.domains.len().to_string(),
                p.keywords.len().to_string(),
                p.indicators.len().to_string(),
            ]
        })
        .collect();
    print_table(
        &["PACK", "NAME", "DOMAINS", "KEYWORDS", "INDICATORS"],
        &rows,
    );
    Ok(ExitCode::SUCCESS)
}

fn show(
    catalogue: &Catalogue,
    pack_id: &str,
    item: Option<&str>,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let Some(pack) = catalogue.pack(pack_id) else {
        let ids: Vec<&str> = catalogue.packs().iter().map(|p| p.id.as_str()).collect();
        anyhow::bail!(
            "there is no framework pack {pack_id:?}; the packs are {}",
            ids.join(", ")
        );
    };
    let Some(item) = item else {
        if format == Format::Json {
            return print_json(pack);
        }
        show_pack(pack);
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(domain) = pack.domain(item) {
        let indicators: Vec<_> = pack
            .indicators
            .iter()
            .filter(|i| i.domain == domain.id)
            .collect();
        let keywords: Vec<&str> = pack
            .keywords_for(domain.id.as_str())
            .map(|k| k.term.as_str())
            .collect();
        if format == Format::Json {
            return print_json(&serde_json::json!({
                "pack": pack.id, "domain": domain, "keywords": keywords, "indicators": indicators,
            }));
        }
        let number = domain.number.map(|n| format!("{n}. ")).unwrap_or_default();
        println!("{number}{} ({}/{})", domain.name, pack.id, domain.id);
        if let Some(t) = domain
            .domain_type
            .as_ref()
            .and_then(|t| pack.domain_type(t.as_str()))
        {
            println!("Type: {}", t.name);
        }
        println!("\n{}\n", domain.summary);
        if !keywords.is_empty() {
            println!("Keywords: {}\n", keywords.join("; "));
        }
        let rows: Vec<[String; 4]> = indicators
            .iter()
            .map(|i| {
                [
                    i.id.to_string(),
                    i.name.clone(),
                    i.kind.to_string(),
                    i.origin.to_string(),
                ]
            })
            .collect();
        print_table(&["INDICATOR", "NAME", "KIND", "ORIGIN"], &rows);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(indicator) = pack.indicator(item) {
        if format == Format::Json {
            return print_json(indicator);
        }
        println!("{} ({})", indicator.name, indicator.qualified_id());
        let origin = match indicator.origin.as_str() {
            "quoted" => "quoted from the framework",
            "starter" => "Tessera starter bank (not official wording)",
            _ => "local indicator",
        };
        println!("Origin:      {origin}");
        println!(
            "Domain:      {}",
            pack.domain(indicator.domain.as_str())
                .map_or(indicator.domain.as_str(), |d| d.name.as_str())
        );
        println!("Kind:        {}", indicator.kind);
        println!(
            "Two-way:     {}",
            if indicator.two_way { "yes" } else { "no" }
        );
        println!("Numerator:   {}", indicator.numerator);
        if let Some(d) = &indicator.denominator {
            println!("Denominator: {d}");
        }
        if let Some(k) = indicator
            .data_source
            .as_ref()
            .and_then(|k| pack.data_source_kind(k.as_str()))
        {
            println!("Data source: {}", k.name);
        }
        if let Some(q) = &indicator.survey {
            println!("Question:    {} — {}", q.name, q.question);
        }
        for c in &indicator.crosswalk {
            println!("Crosswalk:   {c}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    anyhow::bail!(
        "the pack {} has no domain or indicator {item:?}; try `tessera framework show {}` to list its domains",
        pack.id,
        pack.id
    )
}

fn show_pack(pack: &Pack) {
    println!("{} ({})", pack.name, pack.id);
    println!(
        "{}{}\n",
        pack.publisher,
        pack.year.map(|y| format!(", {y}")).unwrap_or_default()
    );
    println!("{}\n", pack.summary);
    let rows: Vec<[String; 5]> = pack
        .domains
        .iter()
        .map(|d| {
            [
                d.number.map(|n| n.to_string()).unwrap_or_default(),
                d.id.to_string(),
                d.name.clone(),
                d.domain_type
                    .as_ref()
                    .and_then(|t| pack.domain_type(t.as_str()))
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                pack.indicators
                    .iter()
                    .filter(|i| i.domain == d.id)
                    .count()
                    .to_string(),
            ]
        })
        .collect();
    print_table(&["NO", "DOMAIN", "NAME", "TYPE", "INDICATORS"], &rows);
    if !pack.principles.is_empty() {
        println!("\nPrinciples:");
        for p in &pack.principles {
            println!("  - {}", p.name);
        }
    }
    println!("\n{} Licence: {}.", pack.attribution, pack.licence);
}

fn search(
    catalogue: &Catalogue,
    query: &str,
    format: Format,
    limit: usize,
) -> anyhow::Result<ExitCode> {
    let hits: Vec<Hit> = catalogue.search(query).into_iter().take(limit).collect();
    if format == Format::Json {
        return print_json(&serde_json::json!({ "query": query, "results": hits }));
    }
    if hits.is_empty() {
        println!(
            "Nothing matches {query:?}. Try fewer words, or a keyword such as housing, ESOL or volunteering."
        );
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<[String; 4]> = hits
        .iter()
        .map(|hit| {
            let (kind, id, name) = match &hit.target {
                HitTarget::Domain { pack, domain } => (
                    "domain",
                    format!("{pack}/{domain}"),
                    catalogue
                        .domain(pack.as_str(), domain.as_str())
                        .map(|d| d.name.clone())
                        .unwrap_or_default(),
                ),
                HitTarget::Indicator {
                    pack, indicator, ..
                } => (
                    "indicator",
                    format!("{pack}/{indicator}"),
                    catalogue
                        .indicator(&format!("{pack}/{indicator}"))
                        .map(|i| i.name.clone())
                        .unwrap_or_default(),
                ),
            };
            [format!("{:.2}", hit.score), kind.to_owned(), id, name]
        })
        .collect();
    print_table(&["SCORE", "KIND", "ID", "NAME"], &rows);
    Ok(ExitCode::SUCCESS)
}

fn check(folder: &std::path::Path) -> anyhow::Result<ExitCode> {
    match tessera_framework::load_pack_dir(folder) {
        Ok(pack) => {
            // Crosswalks point into other packs: check them against the shipped ones.
            let mut packs = tessera_framework::shipped_packs().unwrap_or_default();
            packs.retain(|p| p.id != pack.id);
            let summary = format!(
                "{}: pack {:?} is valid: {} domain types, {} domains, {} keywords, {} indicators.",
                folder.display(),
                pack.id.as_str(),
                pack.domain_types.len(),
                pack.domains.len(),
                pack.keywords.len(),
                pack.indicators.len()
            );
            packs.push(pack);
            match Catalogue::new(packs) {
                Ok(_) => {
                    println!("{summary}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(errors) => {
                    eprintln!("{errors}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!(
                "\nFix these and run `tessera framework check {}` again. The format is described in docs/framework-packs.md.",
                folder.display()
            );
            Ok(ExitCode::FAILURE)
        }
    }
}

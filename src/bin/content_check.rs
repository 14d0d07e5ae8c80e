//! `content-check`: checks the content files (`--content DIR`: those of another
//! folder), or with `--dist DIR` the built
//! site — its files, and that it holds only what the build made, as the record
//! beside it (`DIR.record`, see `src/output.rs`) and Trunk's `index.html` say —
//! and lists every problem as `file: where: what is wrong`.
//! Exits 0 when there is none, 1 when there are problems, 2 on misuse.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::content::check::{
        check_content, check_dist, check_dist_files, link, BuildRecord, Problem, Rules,
        TrunkOutputs,
    };
    use scrc_site::output::record_dir_of;

    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut rules = match Rules::load(repo) {
        Ok(rules) => rules,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let (what, problems) = match args.as_slice() {
        [] => (
            "content (public/content)",
            check_content(&repo.join("public/content"), repo, &rules),
        ),
        [flag, dir] if flag == "--content" => (
            "content",
            check_content(Path::new(dir), Path::new("."), &rules),
        ),
        [flag, dir] if flag == "--dist" => {
            // The sitemap, feeds and canonical links name the site's own origin.
            let origin = scrc_site::deploy::ORIGIN;
            match link::parse(origin).map(|url| link::host_of(&url)) {
                Ok(Some(host)) => rules.allow_host(&host),
                _ => {
                    eprintln!("SITE_ORIGIN `{origin}` names no host");
                    return ExitCode::from(2);
                }
            }
            let dist = Path::new(dir);
            let record_dir = record_dir_of(dist);
            let built = BuildRecord::read(&record_dir).and_then(|record| {
                let target = repo.join("index.html");
                std::fs::read_to_string(&target)
                    .map_err(|e| format!("{}: cannot be read: {e}", target.display()))
                    .and_then(|html| TrunkOutputs::from_target(&html))
                    .map(|trunk| (record, trunk))
            });
            let mut problems = match built {
                Ok((record, trunk)) => check_dist_files(dist, Path::new("."), &record, &trunk),
                Err(message) => vec![Problem {
                    file: record_dir.display().to_string(),
                    location: "(record)".into(),
                    message,
                }],
            };
            problems.extend(check_dist(dist, Path::new("."), &rules));
            ("dist", problems)
        }
        _ => {
            eprintln!("usage: content-check                 check public/content\n       content-check --content DIR   check another content folder\n       content-check --dist DIR      check a built site");
            return ExitCode::from(2);
        }
    };
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        println!("content-check: {what}: no problems");
        ExitCode::SUCCESS
    } else {
        println!("content-check: {what}: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

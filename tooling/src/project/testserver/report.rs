//! The test server's coverage reports (`/report`, `/report/azure`,
//! `/report/optional`): per scenario name, how often a client exercised it
//! correctly; and the attribution of hit scenarios to swagger files.
//!
//! The package does not say which swagger file a scenario belongs to (its
//! routes are registered per URL prefix, not per file), so a scenario is
//! counted for the swagger file whose acceptance tests first hit it: the
//! reports are read before and after each test file runs.

use indexmap::IndexMap;

use super::server::Server;

/// The three reports, in the order the totals line prints them.
const CATEGORIES: [(&str, &str); 3] = [
    ("vanilla", "/report"),
    ("azure", "/report/azure"),
    ("optional", "/report/optional"),
];

/// One reading of the three reports: category → scenario → hit count.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    categories: IndexMap<&'static str, IndexMap<String, u64>>,
}

impl Coverage {
    /// Reads the three reports from the server.
    pub fn read(server: &Server) -> Result<Self, String> {
        let mut bodies = Vec::new();
        for (_, path) in CATEGORIES {
            bodies.push(server.get(path)?);
        }
        Self::parse([&bodies[0], &bodies[1], &bodies[2]])
    }

    /// The coverage of the bodies of `/report`, `/report/azure` and
    /// `/report/optional`, in that order: each a JSON object of scenario
    /// name → hit count (a count that is not a number counts as 0).
    pub fn parse(bodies: [&str; 3]) -> Result<Self, String> {
        let mut categories = IndexMap::new();
        for ((name, path), body) in CATEGORIES.into_iter().zip(bodies) {
            let report: IndexMap<String, serde_json::Value> = serde_json::from_str(body)
                .map_err(|e| format!("GET {path} is not a JSON object of counts: {e}"))?;
            let counts = report
                .into_iter()
                .map(|(scenario, count)| (scenario, count.as_u64().unwrap_or(0)))
                .collect();
            categories.insert(name, counts);
        }
        Ok(Coverage { categories })
    }

    /// Scenarios hit now that were not hit in `before`, by category.
    pub fn newly_hit(&self, before: &Coverage) -> Vec<(&'static str, String)> {
        let mut hit = Vec::new();
        for (category, counts) in &self.categories {
            let old = before.categories.get(category);
            for (scenario, &count) in counts {
                let was = old.and_then(|o| o.get(scenario)).copied().unwrap_or(0);
                if count > 0 && was == 0 {
                    hit.push((*category, scenario.clone()));
                }
            }
        }
        hit
    }

    /// `testserver: vanilla V/631, azure A/145, optional O/43`: hit and
    /// total scenarios per report, the totals read from the reports.
    pub fn totals_line(&self) -> String {
        let parts: Vec<String> = self
            .categories
            .iter()
            .map(|(category, counts)| {
                let hit = counts.values().filter(|&&c| c > 0).count();
                format!("{category} {hit}/{}", counts.len())
            })
            .collect();
        format!("testserver: {}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coverage(vanilla: &[(&str, u64)], azure: &[(&str, u64)]) -> Coverage {
        let map = |pairs: &[(&str, u64)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect::<IndexMap<_, _>>()
        };
        let mut categories = IndexMap::new();
        categories.insert("vanilla", map(vanilla));
        categories.insert("azure", map(azure));
        categories.insert("optional", IndexMap::new());
        Coverage { categories }
    }

    #[test]
    fn totals_count_scenarios_hit_at_least_once() {
        let c = coverage(&[("a", 2), ("b", 0), ("c", 1)], &[("x", 0)]);
        assert_eq!(
            c.totals_line(),
            "testserver: vanilla 2/3, azure 0/1, optional 0/0"
        );
    }

    #[test]
    fn reports_parse_into_totals() {
        let c = Coverage::parse([
            r#"{"getBooleanTrue": 2, "putBooleanTrue": 0, "getBooleanNull": 1}"#,
            r#"{"azureSpecialParametersApiVersionGlobalValid": 0}"#,
            r#"{"getOptionalIntegerNull": 4, "weird": "not a count"}"#,
        ])
        .unwrap();
        assert_eq!(
            c.totals_line(),
            "testserver: vanilla 2/3, azure 0/1, optional 1/2"
        );
    }

    #[test]
    fn a_report_that_is_not_an_object_is_an_error_naming_it() {
        let error = Coverage::parse(["{}", "[1, 2]", "{}"]).unwrap_err();
        assert!(
            error.starts_with("GET /report/azure is not a JSON object"),
            "{error}"
        );
    }

    #[test]
    fn newly_hit_ignores_scenarios_hit_before() {
        let before = coverage(&[("a", 1), ("b", 0)], &[("x", 0)]);
        let after = coverage(&[("a", 2), ("b", 1)], &[("x", 3)]);
        assert_eq!(
            after.newly_hit(&before),
            vec![("vanilla", "b".to_owned()), ("azure", "x".to_owned())]
        );
    }
}

/** The one-release scenario the CLI tests step through (`krd drive --world`, `krd simulate`), as YAML text. */
export function oneReleaseScenario(name: string, until: string): string {
  return `
name: ${name}
start: 2025-11-01T00:00:00Z
every: 15m
until: ${until}
config:
  owner: qe@example.com
releases:
  - release: 4.20.1
    statebox:
      metadata:
        jira_ticket: ART-1
        advisory_ids: {rpm: 1, rhcos: 2}
        release_date: 2025-Nov-04
        candidate_builds: {x86_64: 4.20.0-0.nightly-2025-10-28-123456}
        shipment_mr: https://gitlab.example/merge_requests/1
    world:
      promoted_at: 6h
      stage_release_at: 5h
      test_results:
        candidate: {exists_at: 0s, aggregated_at: 0s, accepted: true}
`;
}

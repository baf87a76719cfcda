/** Read-only probes of outside systems the flow waits on. All throw TransientError/PermanentError. */

export interface Promotion {
  /** Release Controller phase: Accepted, Ready, Rejected, … */
  readonly phase: string;
  readonly digest?: string;
}

export interface SecurityAlert {
  readonly name: string;
  readonly text?: string;
  readonly description?: string;
  readonly how_to_resolve?: string;
  readonly blocking: boolean;
}

export interface WorldProbes {
  /** undefined: the release is not on the Release Controller yet. */
  promotion(release: string): Promise<Promotion | undefined>;
  /** Has the shipment MR's stage-release pipeline succeeded? */
  stageReleaseSucceeded(shipmentMr: string): Promise<boolean>;
  rhcosSecurityAlerts(rhcosAdvisoryId: number): Promise<SecurityAlert[]>;
  /** Is the prod advisory metadata URL of the release accessible? */
  prodMetadataAccessible(release: string): Promise<boolean>;
  /** Does the signature at the mirror match the digest? */
  signatureMatches(digest: string): Promise<boolean>;
}

export interface AnalyzerVerdict {
  readonly recommendation: 'ACCEPT' | 'REJECT';
  readonly reasoning: string;
}

/** Analyses a build whose test results are not accepted (`/ci:analyze-build-test-results {build}`). */
export interface Analyzer {
  analyze(build: string): Promise<AnalyzerVerdict>;
}

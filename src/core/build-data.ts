import type { StateBox } from './model';

/**
 * Marks a StateBox the driver built itself from the tracking file, because the executor's
 * create-test-report created none: upstream's ConfigStore (ART's build data) did not fill it.
 */
export const CREATED_BY_DRIVER = 'created_from_tracking_file';

/**
 * The metadata fields upstream's ConfigStore gives a new StateBox that a StateBox of the
 * driver's own still lacks. Without shipment_mr a release would silently run as non-Konflux,
 * so the tasks that depend on them wait until a person adds them (shipment_mr: '' for a release
 * without one).
 */
export function missingBuildData(box: StateBox): string[] {
  if (box.driver?.[CREATED_BY_DRIVER] !== true) return [];
  const m = box.metadata;
  return [
    ...(m.release_date ? [] : ['release_date']),
    ...(Object.keys(m.candidate_builds ?? {}).length ? [] : ['candidate_builds']),
    ...(typeof m.shipment_mr === 'string' ? [] : ['shipment_mr']),
  ];
}

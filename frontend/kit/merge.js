// A site changed both on the device and on the server since the download: the member sees both
// versions side by side, field by field, and chooses. Nothing is overwritten in silence.
export const FIELDS = [
  'name', 'kind', 'district', 'latitude', 'longitude', 'positionAccuracy', 'observedAt',
  'pupilsEnrolled', 'pupilsPresent', 'teachersPresent', 'notes'
];

function value(site, field) {
  if (field.startsWith('answers.')) {
    return (site.answers || {})[field.substring(8)] ?? null;
  }
  return site[field] ?? null;
}

/** The fields whose values differ, answers one by one ("answers.water"). */
export function differences(mine, theirs) {
  const codes = new Set([...Object.keys(mine.answers || {}), ...Object.keys(theirs.answers || {})]);
  return [...FIELDS, ...[...codes].map(c => 'answers.' + c)]
    .filter(field => String(value(mine, field)) !== String(value(theirs, field)))
    .map(field => ({ field, mine: value(mine, field), theirs: value(theirs, field) }));
}

/** The merged site: the server's, with the member's value wherever they chose theirs to stay. */
export function merged(mine, theirs, keepMine) {
  const result = { ...theirs, answers: { ...(theirs.answers || {}) } };
  for (const field of keepMine) {
    const v = value(mine, field);
    if (field.startsWith('answers.')) {
      const code = field.substring(8);
      if (v === null) {
        delete result.answers[code];
      } else {
        result.answers[code] = v;
      }
    } else {
      result[field] = v;
    }
  }
  // The merge is made against the server's checklist revision only if the member kept no answer of theirs.
  result.checklistRevision = keepMine.some(f => f.startsWith('answers.')) ? mine.checklistRevision : theirs.checklistRevision;
  return result;
}

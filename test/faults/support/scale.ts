/** The dossiers of a scenario: `FAULTS_DOSSIERS` scales every scenario down (or up) for a quicker run. */
export function dossiers(standard: number): { walked: number; received: number } {
  const total = Number(process.env.FAULTS_DOSSIERS || standard);
  const walked = Math.min(total, Math.max(20, Math.round(total * 0.06)));
  return { walked, received: total - walked };
}

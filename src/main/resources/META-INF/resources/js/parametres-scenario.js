// A scenario's parameters as the ministry reads them, for the comparison and at the top of an export.

/**
 * [label, value, format] for each parameter: a value is a number (format 'euros' or 'nombre') or a text (regions by
 * their French names, « aucun » when none).
 */
export function lignesParametres(p, libelle) {
  const parRegion = (regions) => Object.entries(regions || {}).map(([r, n]) => `${libelle('Region', r)} : ${n}`).join(', ') || 'aucun';
  return [
    ['Places', p.places, 'nombre'],
    ['Enveloppe (€)', Number(p.enveloppe), 'euros'],
    ['Minimum par région', p.minimumParDefaut, 'nombre'],
    ['Minimums propres à des régions', parRegion(p.minimumParRegion), 'texte'],
    ['Maximums par région', parRegion(p.maximumParRegion), 'texte'],
    ['Poids d\'une zone fragile', Number(p.poidsZoneFragile), 'nombre'],
    ['Poids du premier rang ARS', Number(p.poidsPremierRang), 'nombre'],
    ['Durée maximale du calcul (s)', p.dureeMaxSecondes, 'nombre'],
    ['Choix imposés', choixImposes(p.imposes), 'texte'],
  ];
}

/** « PET-E retenu (« motif »), PET-C exclu (« motif ») », « aucun » when none. */
function choixImposes(imposes) {
  const { retenus = [], exclus = [] } = imposes || {};
  return [...retenus.map((c) => `${c.reference} retenu (« ${c.motif} »)`), ...exclus.map((c) => `${c.reference} exclu (« ${c.motif} »)`)]
    .join(', ') || 'aucun';
}

// The selections the ministry adopted (GET /api/scenarios/adoptes?campagne=), one per campaign: an ARS agent reads its
// region's retained teams and those not retained with the reason of each (the ministry reads them on /scenarios).
import { appeler, dateHeure, el, euros } from './commun.js';

export async function montrerSelections(section, libelle) {
  const campagnes = Object.keys(libelle.listes.Campagne || {});
  const ars = section.dataset.ars === 'true';
  if (!ars) {
    return; // the ministry reads its selections on /scenarios
  }
  const blocs = [];
  for (const campagne of campagnes) {
    let s;
    try {
      s = await appeler(`/api/scenarios/adoptes?campagne=${encodeURIComponent(campagne)}`);
    } catch (erreur) {
      continue; // not readable: nothing to show
    }
    if (!s.scenario) {
      continue; // none adopted for this campaign
    }
    blocs.push(bloc(s, libelle));
  }
  section.querySelector('#selection-contenu').replaceChildren(...blocs);
  section.hidden = blocs.length === 0;
}

function bloc(s, libelle) {
  const entete = el('p', {}, el('strong', {}, libelle('Campagne', s.campagne)), ` : scénario « ${s.nom} », adopté le ${dateHeure(s.adopte.le)}`
    + ` — « ${s.adopte.motif} ».`);
  const region = s.parRegion[0] || { retenus: [], nonRetenus: [] };
  return el('div', { classe: 'selection', 'data-campagne': s.campagne }, entete,
    el('p', {}, `Votre région : ${region.retenus.length} équipe(s) retenue(s), ${region.nonRetenus.length} non retenue(s).`),
    el('details', { open: true }, el('summary', {}, 'Équipes retenues'),
      el('ul', {}, region.retenus.map((e) => el('li', {}, el('code', {}, e.reference), ` — ${e.nom || '—'} — ${euros(e.cout)}`)))),
    el('details', {}, el('summary', {}, 'Équipes non retenues et pourquoi'),
      el('ul', {}, region.nonRetenus.map((e) => el('li', {}, el('code', {}, e.reference), ` — ${e.nom || '—'} : ${e.raison}`)))));
}

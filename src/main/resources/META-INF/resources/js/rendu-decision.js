// A decision of the API (POST or GET /api/decisions) shown as an ARS agent reads it.
import { dateHeure, el, enClair, euros, nombre, pourcent } from './commun.js';

/** The decision as DOM nodes; with its dossier (GET by id) the structure is named too. */
export function rendreDecision(decision, libelle, dossier) {
  return [
    verdict(decision),
    faits(decision, libelle, dossier),
    el('h3', {}, 'Critères d\'éligibilité'),
    criteres(decision.criteres, libelle),
    el('h3', {}, `Module 1 — missions coordonnées : ${euros(decision.module1.montant)}`),
    module1(decision.module1),
    el('h3', {}, `Module 2 — éducation thérapeutique du patient : ${euros(decision.module2.montant)}`),
    module2(decision.module2, libelle),
    el('h3', {}, 'Constats de cohérence'),
    constats(decision.constats, libelle),
  ];
}

function verdict(decision) {
  return el('p', { classe: `verdict ${decision.eligible ? 'verdict-oui' : 'verdict-non'}` },
    el('span', { classe: 'verdict-etat' }, decision.eligible ? 'Éligible' : 'Non éligible'),
    el('span', { classe: 'verdict-total' }, `Total : ${euros(decision.total)}`));
}

function faits(decision, libelle, dossier) {
  const lignes = [['Référence', decision.reference]];
  if (dossier && dossier.structure) {
    const s = dossier.structure;
    lignes.push(['Structure', [s.nom, libelle('TypeStructure', s.type), libelle('Region', s.region)].filter(Boolean).join(' — ')]);
  }
  lignes.push(
    ['Campagne', `${libelle('Campagne', decision.campagne)}, année ${decision.annee}`],
    ['Décidée le', dateHeure(decision.horodatage)],
    ['Identifiant de la décision', el('code', {}, decision.id)],
    ['Version des règles', el('code', { classe: 'coupable' }, decision.versionRegles)]);
  if (decision.selection) { // GET by id: the ministry's adopted selection this team belongs to
    const s = decision.selection;
    lignes.push(['Sélection du ministère', el('span', {}, el('span', { classe: `pastille ${s.retenue ? 'pastille-oui' : 'pastille-non'}` },
      s.retenue ? 'Retenue' : 'Non retenue'), ` dans la sélection adoptée le ${dateHeure(s.adopteLe)} (scénario `,
    el('code', { classe: 'coupable' }, s.scenario), ') ', el('a', { href: '#selection-adoptee' }, 'voir la sélection'))]);
  }
  return el('dl', { classe: 'faits' }, lignes.map(([terme, valeur]) => el('div', {}, el('dt', {}, terme), el('dd', {}, valeur))));
}

function criteres(liste, libelle) {
  if (!liste.length) {
    return el('p', {}, 'Aucun critère.');
  }
  return el('ul', { classe: 'criteres' }, liste.map((c) => el('li', { classe: `critere ${c.satisfait ? 'critere-oui' : 'critere-non'}` },
    el('span', { classe: 'pastille' }, c.satisfait ? 'Satisfait' : 'Non satisfait'),
    el('strong', {}, libelle('Critere', c.code)), ' ', el('code', {}, c.code),
    el('p', {}, enClair(c.explication, libelle)))));
}

function tableauDetail(lignes) {
  return el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau detail' }, el('tbody', {},
    lignes.map(([intitule, valeur, classe]) => el('tr', { classe },
      el('th', { scope: 'row' }, intitule), el('td', { classe: 'nombre' }, valeur))))));
}

function module1(m) {
  return tableauDetail([
    ['Patientèle retenue', `${nombre(m.patienteleRetenue, 0)} patients`],
    ['Part A (selon la patientèle retenue)', euros(m.partA)],
    ['Équivalents temps plein adhérents', nombre(m.etp)],
    ['Part B (temps des professionnels)', euros(m.partB)],
    ['Taux d\'atteinte des objectifs', pourcent(m.tauxAtteinte)],
    ['Montant du module 1', euros(m.montant), 'total'],
  ]);
}

function module2(m, libelle) {
  if (!m.programmes.length) {
    return el('p', {}, 'Aucun programme d\'éducation thérapeutique déclaré.');
  }
  return el('div', { classe: 'programmes' }, m.programmes.map((p) => el('article', { classe: 'programme' },
    el('h4', {}, `Programme ${p.identifiant} — ${p.eligible ? 'éligible' : 'non éligible'} — ${euros(p.montant)}`),
    criteres(p.criteres, libelle))));
}

function constats(liste, libelle) {
  if (!liste.length) {
    return el('p', {}, 'Aucun constat : rien d\'invraisemblable dans ce dossier.');
  }
  return el('ul', { classe: 'constats' }, liste.map((c) => el('li', { classe: `constat constat-${c.gravite.toLowerCase()}` },
    el('span', { classe: 'pastille' }, libelle('Gravite', c.gravite)), ' ', el('code', {}, c.code),
    el('p', {}, enClair(c.message, libelle)))));
}


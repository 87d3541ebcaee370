// The steering dashboards: GET /api/pilotage shown as key figures, a chart and tables, each table exported as CSV or .xlsx.
import { appeler, el, euros, nombre, pourcent } from './commun.js';
import { afficherErreurs, effacerErreurs } from './erreurs.js';

const BLEU = '#000091';
const VERT = '#18753c';
const intitules = JSON.parse(document.getElementById('intitules').textContent);
const form = document.getElementById('form-pilotage');
const etat = document.getElementById('pilotage-etat');
const resultat = document.getElementById('pilotage-resultat');
const resume = el('div', { classe: 'resume-erreurs', role: 'alert', tabindex: '-1', hidden: true });
form.prepend(resume);
let graphique;

function libelle(liste, code) {
  return (intitules[liste] || {})[code] || code;
}

function parametres() {
  const p = new URLSearchParams();
  for (const champ of form.querySelectorAll('[name]')) {
    if (champ.value.trim() !== '') {
      p.set(champ.name, champ.value.trim());
    }
  }
  return p;
}

/** The decisions list of /decisions, filtered. */
function lienDecisions(filtres, texte) {
  return el('a', { href: `/decisions?${new URLSearchParams(filtres)}` }, texte);
}

function table(id, entetes, lignes) {
  const t = document.getElementById(id);
  t.tHead.replaceChildren(el('tr', {}, entetes.map(([texte, nombreCol]) => el('th', { scope: 'col', classe: nombreCol ? 'nombre' : null }, texte))));
  t.tBodies[0].replaceChildren(...lignes);
}

function chiffres(t) {
  const dl = document.getElementById('chiffres-cles');
  const paires = [
    ['Sites', nombre(t.sites, 0)],
    ['Sites éligibles (financés)', nombre(t.eligibles, 0)],
    ['Total des forfaits', euros(t.total)],
    ['Moyenne par site éligible', euros(t.moyenneParSiteEligible)],
    ['Module 1', module1(t.module1)],
    ['Module 2 (ETP)', `${euros(t.module2.montant)} — ${nombre(t.module2.programmes, 0)} programme(s), ${nombre(t.module2.patients, 0)} patient(s)`],
    ['Taux d\'atteinte moyen', t.tauxAtteinte.moyen === null ? '—' : pourcent(t.tauxAtteinte.moyen)],
  ];
  dl.replaceChildren(...paires.map(([terme, valeur]) => el('div', { classe: 'chiffre' }, el('dt', {}, terme), el('dd', {}, valeur))));
}

/** Module 1 as it adds up: the conditional share of A + B is paid in proportion to each site's achievement rate. */
function module1(m) {
  return el('span', {}, euros(m.montant),
    el('span', { classe: 'detail-montant' }, ` = part A ${euros(m.partA)} + part B ${euros(m.partB)} − ${euros(m.partConditionnelleNonVersee)}`
      + ' de part conditionnelle non versée (objectifs non atteints)'));
}

function regions(t) {
  const filtres = (r) => ({ campagne: t.campagne, annee: t.annee, region: r.region });
  table('table-regions', [['Région'], ['Sites', true], ['Éligibles', true], ['Part A', true], ['Part B', true],
    ['Part conditionnelle non versée', true], ['Module 1', true], ['Module 2', true], ['Total des forfaits', true],
    ['Critère le plus fréquent'], ['Constats', true]],
    t.parRegion.map((r) => {
      const [premier] = Object.entries(r.criteresNonSatisfaits);
      return el('tr', {},
        el('th', { scope: 'row' }, r.sites > 0 ? lienDecisions(filtres(r), r.nom) : r.nom),
        el('td', { classe: 'nombre' }, nombre(r.sites, 0)),
        el('td', { classe: 'nombre' }, nombre(r.eligibles, 0)),
        ...[r.module1.partA, r.module1.partB, r.module1.partConditionnelleNonVersee, r.module1.montant, r.module2.montant, r.total]
          .map((montant) => el('td', { classe: 'nombre' }, euros(montant))),
        el('td', {}, premier ? `${libelle('Critere', premier[0])} (${nombre(premier[1], 0)})` : '—'),
        el('td', { classe: 'nombre' }, nombre(Object.values(r.constats).reduce((a, b) => a + b, 0), 0)));
    }));
  const donnees = {
    labels: t.parRegion.map((r) => r.nom),
    datasets: [
      { label: 'Sites éligibles', xAxisID: 'sites', backgroundColor: VERT, data: t.parRegion.map((r) => r.eligibles) },
      { label: 'Total des forfaits', xAxisID: 'euros', backgroundColor: BLEU, data: t.parRegion.map((r) => Number(r.total)) },
    ],
  };
  const zone = document.querySelector('.graphique-pilotage');
  zone.style.height = `${Math.max(12, t.parRegion.length * 2.2)}rem`;
  if (graphique) {
    graphique.data = donnees;
    graphique.update('none');
    graphique.$regions = t;
    return;
  }
  graphique = new window.Chart(document.getElementById('graphique-pilotage'), {
    type: 'bar',
    data: donnees,
    options: {
      indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, locale: 'fr-FR',
      scales: {
        sites: { type: 'linear', position: 'bottom', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Sites éligibles' } },
        euros: {
          type: 'linear', position: 'top', beginAtZero: true, grid: { drawOnChartArea: false },
          ticks: { callback: (v) => `${nombre(v / 1000, 0)} k€` }, title: { display: true, text: 'Total des forfaits' },
        },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (c) => (c.dataset.xAxisID === 'euros' ? `${c.dataset.label} : ${euros(c.parsed.x)}` : `${c.dataset.label} : ${nombre(c.parsed.x, 0)}`) } },
      },
      onClick: (_evenement, elements) => {
        const r = elements.length ? graphique.$regions.parRegion[elements[0].index] : null;
        if (r && r.sites > 0) {
          location.href = `/decisions?${new URLSearchParams({ campagne: graphique.$regions.campagne, annee: graphique.$regions.annee, region: r.region })}`;
        }
      },
    },
  });
  graphique.$regions = t;
}

function comptes(id, liste, valeurs, t, filtresLien) {
  const entrees = Object.entries(valeurs);
  table(id, [[liste === 'Critere' ? 'Critère' : 'Constat'], ['Sites', true]], entrees.length === 0
    ? [el('tr', {}, el('td', { colspan: 2 }, 'Aucun.'))]
    : entrees.map(([code, n]) => el('tr', {},
      el('th', { scope: 'row' }, filtresLien ? lienDecisions(filtresLien(code), libelle(liste, code)) : libelle(liste, code)),
      el('td', { classe: 'nombre' }, nombre(n, 0)))));
}

function taux(t) {
  table('table-taux', [['Taux d\'atteinte'], ['Sites éligibles', true]], t.tauxAtteinte.repartition.map((r, i, toutes) => el('tr', {},
    el('th', { scope: 'row' }, `de ${pourcent(r.de)} à ${i === toutes.length - 1 ? `${pourcent(r.a)} inclus` : pourcent(r.a)}`),
    el('td', { classe: 'nombre' }, nombre(r.sites, 0)))));
}

function evolution(t) {
  table('table-evolution', [['Campagne'], ['Année', true], ['Sites', true], ['Éligibles', true], ['Total des forfaits', true]],
    t.evolution.map((e) => el('tr', { classe: e.campagne === t.campagne && e.annee === t.annee ? 'total' : null },
      el('th', { scope: 'row' }, libelle('Campagne', e.campagne)),
      el('td', { classe: 'nombre' }, String(e.annee)),
      el('td', { classe: 'nombre' }, nombre(e.sites, 0)),
      el('td', { classe: 'nombre' }, nombre(e.eligibles, 0)),
      el('td', { classe: 'nombre' }, euros(e.total)))));
}

function liensExport(p) {
  for (const lien of document.querySelectorAll('a[data-table]')) {
    lien.href = `/api/pilotage/tableaux/${lien.dataset.table}.csv?${p}`;
    lien.setAttribute('download', '');
  }
  document.getElementById('export-xlsx').href = `/api/pilotage/tableaux.xlsx?${p}`;
}

async function charger() {
  const p = parametres();
  effacerErreurs(form, resume);
  etat.textContent = 'Calcul en cours…';
  try {
    const t = await appeler(`/api/pilotage?${p}`);
    history.replaceState(null, '', `/pilotage?${p}`);
    etat.textContent = `${libelle('Campagne', t.campagne)}, année ${t.annee}${t.region ? `, ${libelle('Region', t.region)}` : ''} : ${nombre(t.sites, 0)} site(s).`;
    resultat.hidden = false;
    chiffres(t);
    regions(t);
    const perimetre = t.region ? { region: t.region } : {};
    // the decisions behind each count: the latest of each reference for that year, as the dashboard counts them
    comptes('table-criteres', 'Critere', t.criteresNonSatisfaits, t, (code) => ({ campagne: t.campagne, annee: t.annee, ...perimetre, critere: code }));
    comptes('table-constats', 'Constat', t.constats, t, (code) => ({ campagne: t.campagne, annee: t.annee, ...perimetre, constat: code }));
    taux(t);
    evolution(t);
    liensExport(p);
  } catch (erreur) {
    etat.textContent = '';
    afficherErreurs(form, resume, erreur, 'Le tableau de bord n\'a pas pu être calculé');
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  charger();
});
for (const [nom, valeur] of new URLSearchParams(location.search)) {
  const champ = form.querySelector(`[name="${nom}"]`);
  if (champ && (champ.tagName !== 'SELECT' || [...champ.options].some((o) => o.value === valeur))) {
    champ.value = valeur;
  }
}
charger();

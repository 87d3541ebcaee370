// What changed between two versions (GET …/differences?avec=), table by table: rows added, removed and changed,
// expressions before and after, DRL rules, cases.
import { dateHeure, el } from './commun.js';
import { differences, ETATS } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

function option(v) {
  const nom = v.numero ? `v${v.numero}` : v.id;
  return el('option', { value: v.id, title: v.id }, `${nom} — ${ETATS[v.etat] || v.etat}${v.active ? ' (active)' : ''}, ${dateHeure(v.creeLe)}${v.motif ? ` — ${v.motif}` : ''}`);
}

/** A decision table's row, its cells changed against the other side highlighted. */
function ligneTable(ligne, classe, signe, autre) {
  const cellules = [...(ligne.entrees || []), ...(ligne.sorties || []), ...(ligne.annotations || [])];
  const autres = autre ? [...(autre.entrees || []), ...(autre.sorties || []), ...(autre.annotations || [])] : null;
  return el('tr', { classe },
    el('th', { scope: 'row' }, `${signe} ${ligne.numero}`),
    cellules.map((c, i) => el('td', { classe: autres && autres[i] !== c ? 'different' : null }, c)));
}

function table(t) {
  const lignes = [
    ...(t.lignesRetirees || []).map((l) => ligneTable(l, 'ligne-retiree', '−')),
    ...(t.lignesAjoutees || []).map((l) => ligneTable(l, 'ligne-ajoutee', '+')),
    ...(t.lignesModifiees || []).flatMap((m) => [ligneTable(m.avant, 'ligne-avant', 'avant', m.apres), ligneTable(m.apres, 'ligne-apres', 'après', m.avant)]),
  ];
  const largeur = lignes.length ? lignes[0].children.length - 1 : 0;
  const titres = [...(t.entrees || []), ...(t.sorties || [])];
  while (titres.length < largeur) {
    titres.push('Annotation');
  }
  return el('article', { classe: 'table-changee', 'data-element': t.element },
    el('h4', {}, `Table « ${t.chemin || t.element} »`),
    t.colonnes ? el('p', { classe: 'avertissement' }, `Colonnes ou politique : ${t.colonnes.avant} → ${t.colonnes.apres}`) : null,
    lignes.length ? el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau table-dmn' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Règle'), titres.map((x) => el('th', { scope: 'col' }, x)))),
      el('tbody', {}, lignes))) : null);
}

function expression(x) {
  return el('article', { classe: 'expression-changee', 'data-element': x.element },
    el('h4', {}, `« ${x.chemin || x.element} »`, x.avant === null ? ' (ajoutée)' : '', x.apres === null ? ' (retirée)' : ''),
    el('div', { classe: 'avant-apres' },
      el('div', {}, el('p', { classe: 'meta' }, 'Avant'), el('pre', { classe: 'feel' }, x.avant ?? '—')),
      el('div', {}, el('p', { classe: 'meta' }, 'Après'), el('pre', { classe: 'feel' }, x.apres ?? '—'))));
}

function liste(titre, elements) {
  return elements && elements.length ? [el('h4', {}, titre), el('ul', {}, elements.map((e) => el('li', {}, e)))] : [];
}

const GENRES = { decision: 'décision', donnee: 'donnée d\'entrée', connaissance: 'modèle de connaissance' };

export function rendreDifferences(d) {
  if (d.identiques) {
    return [el('p', { classe: 'bilan' }, 'Aucune différence : les deux versions ont les mêmes règles et les mêmes cas.')];
  }
  const noeuds = [
    ...liste('Fichiers ajoutés', (d.fichiersAjoutes || []).map((f) => f.nom)),
    ...liste('Fichiers retirés', (d.fichiersRetires || []).map((f) => f.nom)),
  ];
  (d.modeles || []).forEach((m) => {
    noeuds.push(el('h3', {}, `Modèle ${m.fichier}`));
    if (m.erreur) {
      noeuds.push(el('p', { classe: 'alerte' }, m.erreur));
    }
    noeuds.push(...liste('Éléments ajoutés', (m.elementsAjoutes || []).map((e) => `${e.nom} (${GENRES[e.genre] || e.genre})`)));
    noeuds.push(...liste('Éléments retirés', (m.elementsRetires || []).map((e) => `${e.nom} (${GENRES[e.genre] || e.genre})`)));
    (m.tables || []).forEach((t) => noeuds.push(table(t)));
    (m.expressions || []).forEach((x) => noeuds.push(expression(x)));
  });
  (d.unites || []).forEach((u) => {
    noeuds.push(el('h3', {}, `Règles de cohérence ${u.fichier}`));
    if (u.erreur) {
      noeuds.push(el('p', { classe: 'alerte' }, u.erreur));
    }
    (u.reglesAjoutees || []).forEach((r) => noeuds.push(expression({ element: r.nom, chemin: `règle ${r.nom}`, avant: null, apres: r.texte })));
    (u.reglesRetirees || []).forEach((r) => noeuds.push(expression({ element: r.nom, chemin: `règle ${r.nom}`, avant: r.texte, apres: null })));
    (u.reglesModifiees || []).forEach((r) => noeuds.push(expression({ element: r.nom, chemin: `règle ${r.nom}`, avant: r.avant.texte, apres: r.apres.texte })));
    if (u.entete) {
      noeuds.push(expression({ ...u.entete, chemin: 'en-tête (paquet, unité, imports)' }));
    }
  });
  (d.cas || []).forEach((c) => {
    noeuds.push(el('h3', {}, `Cas ${c.fichier}`));
    noeuds.push(...liste('Cas ajoutés', c.casAjoutes), ...liste('Cas retirés', c.casRetires),
      ...liste('Cas dont le dossier ou le résultat attendu change', c.casModifies));
    if (c.casReecrits) {
      // rewritten with the same values (30000.00 written 30000): counted, not listed
      noeuds.push(el('p', { classe: 'meta cas-reecrits' }, `${c.casReecrits} autre(s) cas réécrit(s) sans changement de valeur `
        + '(même dossier, même résultat attendu ; seule l\'écriture des nombres ou la mise en forme change).'));
    }
  });
  return noeuds;
}

export class DifferencesVersions {
  constructor(zone) {
    this.zone = zone;
    this.$ = (id) => zone.querySelector(`#${id}`);
    this.$('differences-comparer').addEventListener('click', () => this.comparer());
  }

  /** Offers every version on both sides: by default the active one before, the newest other one after. */
  proposer(versions, active) {
    const avant = this.$('differences-avant');
    const apres = this.$('differences-apres');
    const choixAvant = avant.value || (active ? active.id : '');
    const autre = versions.find((v) => !active || v.id !== active.id);
    const choixApres = apres.value || (autre ? autre.id : '');
    avant.replaceChildren(...versions.map(option));
    apres.replaceChildren(...versions.map(option));
    avant.value = choixAvant;
    apres.value = choixApres;
  }

  /** Shows the differences from a version to another (used by the workshop: the version open against its base). */
  async comparer(apres = this.$('differences-apres').value, avant = this.$('differences-avant').value) {
    this.$('differences-apres').value = apres;
    this.$('differences-avant').value = avant;
    if (!apres || !avant) {
      this.$('differences-etat').textContent = 'Choisissez deux versions.';
      return;
    }
    this.$('differences-etat').textContent = 'Comparaison…';
    try {
      this.$('differences-resultat').replaceChildren(...rendreDifferences(await differences(apres, avant)));
      this.$('differences-etat').textContent = '';
    } catch (e) {
      this.$('differences-etat').textContent = messageErreur(e);
    }
  }
}

// Two scenarios side by side (GET /api/scenarios/comparaison?a=&b=): by region, totals, candidates in one only.
import { appeler, el, euros, nombre } from './commun.js';
import { afficherErreurs, effacerErreurs } from './erreurs.js';
import { lignesParametres } from './parametres-scenario.js';
import { ScenariosEnregistres } from './scenarios-enregistres.js';
import { score } from './suivi-scenario.js';

export class ComparaisonScenarios {
  constructor(section, libelle) {
    this.form = section.querySelector('#form-comparaison');
    this.sortie = section.querySelector('#comparaison-resultat');
    this.libelle = libelle;
    this.resume = el('div', { classe: 'resume-erreurs', role: 'alert', tabindex: '-1', hidden: true });
    this.form.prepend(this.resume);
    this.scenarios = new ScenariosEnregistres([this.form.elements.a, this.form.elements.b],
      section.querySelector('#scenarios-etat'), section.querySelector('#scenarios-plus'));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.comparer();
    });
  }

  /** Offers the stored scenarios again (after one is created). */
  proposer() {
    return this.scenarios.rafraichir();
  }

  async comparer() {
    effacerErreurs(this.form, this.resume);
    const parametres = new URLSearchParams();
    for (const nom of ['a', 'b']) {
      parametres.set(nom, this.form.elements[nom].value);
    }
    try {
      this.afficher(await appeler(`/api/scenarios/comparaison?${parametres}`));
    } catch (erreur) {
      this.sortie.replaceChildren();
      afficherErreurs(this.form, this.resume, erreur, 'La comparaison n\'a pas pu être faite');
    }
  }

  afficher(c) {
    const entete = (texte) => el('th', { scope: 'col', classe: 'nombre' }, texte);
    // A, B and B − A for each measure; a difference is highlighted (the legend says so)
    const cellules = (mesures) => mesures.flatMap(([a, b, format]) => {
      const f = (v) => (format === 'euros' ? euros(v) : nombre(v, 0));
      const ecart = Number(b) - Number(a);
      const classe = `nombre${ecart !== 0 ? ' different' : ''}`;
      return [el('td', { classe }, f(a)), el('td', { classe }, f(b)), el('td', { classe: 'nombre ecart' }, `${ecart > 0 ? '+' : ''}${f(ecart)}`)];
    });
    const lignes = c.parRegion.map((l) => el('tr', {},
      el('th', { scope: 'row' }, this.libelle('Region', l.region)),
      ...cellules([[l.a.places, l.b.places, 0], [l.a.cout, l.b.cout, 'euros'], [l.a.patients, l.b.patients, 0]])));
    const t = c.totaux;
    const totaux = el('tr', { classe: 'total' }, el('th', { scope: 'row' }, 'Total'),
      ...cellules([[t.a.places, t.b.places, 0], [t.a.cout, t.b.cout, 'euros'], [t.a.patients, t.b.patients, 0]]));
    const parametresA = lignesParametres(c.a.parametres, this.libelle);
    const parametresB = lignesParametres(c.b.parametres, this.libelle);
    const parametres = el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau', id: 'parametres-comparaison' },
      el('caption', {}, 'Paramètres des deux scénarios'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Paramètre'), el('th', { scope: 'col' }, 'A'), el('th', { scope: 'col' }, 'B'))),
      el('tbody', {}, parametresA.map(([intitule, a, format], i) => {
        const b = parametresB[i][1];
        const f = (v) => (format === 'euros' ? euros(v) : format === 'nombre' ? nombre(v) : v);
        const classe = a !== b ? 'different' : null;
        return el('tr', {}, el('th', { scope: 'row' }, intitule), el('td', { classe }, f(a)), el('td', { classe }, f(b)));
      }))));
    const seulement = (titre, refs) => el('div', {}, el('h4', {}, titre),
      refs.length ? el('p', { classe: 'references' }, refs.join(', ')) : el('p', {}, 'Aucun.'));
    this.sortie.replaceChildren(
      el('h3', {}, `A : « ${c.a.nom} » — B : « ${c.b.nom} »`),
      el('dl', { classe: 'faits' },
        el('div', {}, el('dt', {}, 'Sélection A'), el('dd', {}, score(c.a.score))),
        el('div', {}, el('dt', {}, 'Sélection B'), el('dd', {}, score(c.b.score))),
        el('div', {}, el('dt', {}, 'Valeur A / B'), el('dd', {}, `${nombre(c.totaux.a.valeur, 1)} / ${nombre(c.totaux.b.valeur, 1)}`)),
        el('div', {}, el('dt', {}, 'Enveloppe restante A / B'), el('dd', {}, `${euros(c.totaux.a.enveloppeRestante)} / ${euros(c.totaux.b.enveloppeRestante)}`))),
      parametres,
      el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau large', id: 'table-comparaison' },
        el('caption', { classe: 'visuellement-cache' }, 'Comparaison par région'),
        el('thead', {},
          el('tr', {}, el('td', {}), el('th', { scope: 'colgroup', colspan: '3' }, 'Places'), el('th', { scope: 'colgroup', colspan: '3' }, 'Coût'),
            el('th', { scope: 'colgroup', colspan: '3' }, 'Patients')),
          el('tr', {}, el('th', { scope: 'col' }, 'Région'), ...[1, 2, 3].flatMap(() => [entete('A'), entete('B'), entete('B − A')]))),
        el('tbody', {}, lignes, totaux))),
      el('p', { classe: 'legende aide' }, el('span', { classe: 'different' }, 'Sur fond jaune'),
        ' : les chiffres qui diffèrent entre A et B ; « B − A » : ce que B retient de plus (+) ou de moins (−) que A.'),
      seulement('Retenus seulement dans A', c.retenusSeulementDansA),
      seulement('Retenus seulement dans B', c.retenusSeulementDansB));
  }
}

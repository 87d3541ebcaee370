// Two scenarios side by side (GET /api/scenarios/comparaison?a=&b=): by region, totals, candidates in one only.
import { appeler, el, euros, nombre } from './commun.js';
import { afficherErreurs, effacerErreurs } from './erreurs.js';
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
    const lignes = c.parRegion.map((l) => el('tr', {},
      el('th', { scope: 'row' }, this.libelle('Region', l.region)),
      ...[[l.a.places, l.b.places, 0], [l.a.cout, l.b.cout, 'euros'], [l.a.patients, l.b.patients, 0]].flatMap(([a, b, format]) => {
        const f = (v) => (format === 'euros' ? euros(v) : nombre(v, 0));
        return [el('td', { classe: `nombre${a !== b ? ' different' : ''}` }, f(a)), el('td', { classe: `nombre${a !== b ? ' different' : ''}` }, f(b))];
      })));
    const totaux = el('tr', { classe: 'total' }, el('th', { scope: 'row' }, 'Total'),
      el('td', { classe: 'nombre' }, nombre(c.totaux.a.places, 0)), el('td', { classe: 'nombre' }, nombre(c.totaux.b.places, 0)),
      el('td', { classe: 'nombre' }, euros(c.totaux.a.cout)), el('td', { classe: 'nombre' }, euros(c.totaux.b.cout)),
      el('td', { classe: 'nombre' }, nombre(c.totaux.a.patients, 0)), el('td', { classe: 'nombre' }, nombre(c.totaux.b.patients, 0)));
    const seulement = (titre, refs) => el('div', {}, el('h4', {}, titre),
      refs.length ? el('p', { classe: 'references' }, refs.join(', ')) : el('p', {}, 'Aucun.'));
    this.sortie.replaceChildren(
      el('h3', {}, `A : « ${c.a.nom} » — B : « ${c.b.nom} »`),
      el('dl', { classe: 'faits' },
        el('div', {}, el('dt', {}, 'Sélection A'), el('dd', {}, score(c.a.score))),
        el('div', {}, el('dt', {}, 'Sélection B'), el('dd', {}, score(c.b.score))),
        el('div', {}, el('dt', {}, 'Valeur A / B'), el('dd', {}, `${nombre(c.totaux.a.valeur, 1)} / ${nombre(c.totaux.b.valeur, 1)}`)),
        el('div', {}, el('dt', {}, 'Enveloppe restante A / B'), el('dd', {}, `${euros(c.totaux.a.enveloppeRestante)} / ${euros(c.totaux.b.enveloppeRestante)}`))),
      el('div', { classe: 'tableau-defilant' }, el('table', { classe: 'tableau large', id: 'table-comparaison' },
        el('caption', { classe: 'visuellement-cache' }, 'Comparaison par région'),
        el('thead', {},
          el('tr', {}, el('td', {}), el('th', { scope: 'colgroup', colspan: '2' }, 'Places'), el('th', { scope: 'colgroup', colspan: '2' }, 'Coût'),
            el('th', { scope: 'colgroup', colspan: '2' }, 'Patients')),
          el('tr', {}, el('th', { scope: 'col' }, 'Région'), entete('A'), entete('B'), entete('A'), entete('B'), entete('A'), entete('B'))),
        el('tbody', {}, lignes, totaux))),
      seulement('Retenus seulement dans A', c.retenusSeulementDansA),
      seulement('Retenus seulement dans B', c.retenusSeulementDansB));
  }
}

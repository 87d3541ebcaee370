// Every candidate of a finished scenario with why it is retained or not (GET /api/scenarios/{id}/candidats),
// and the selection exported as CSV.
import { appeler, el, euros, nombre } from './commun.js';
import { fichierCsv, telecharger } from './tableur.js';

export class CandidatsScenario {
  constructor(zone, libelle) {
    this.zone = zone;
    this.libelle = libelle;
    this.scenario = null;
    this.explications = [];
    this.filtre = zone.querySelector('#filtre-candidats');
    this.retenus = zone.querySelector('#filtre-retenus');
    this.filtre.addEventListener('input', () => this.afficher());
    this.retenus.addEventListener('change', () => this.afficher());
    zone.querySelector('#exporter').addEventListener('click', () => this.exporter());
  }

  attendre() {
    this.scenario = null;
    this.explications = []; // nothing of a previously opened scenario may be exported under this one
    this.zone.querySelector('#candidats-etat').textContent = 'Les explications des candidats sont données quand le calcul est fini.';
    this.zone.querySelector('.filtres').hidden = true;
    this.zone.querySelector('#table-candidats').hidden = true;
  }

  async charger(vue) {
    if (this.scenario === vue.id) {
      return;
    }
    this.scenario = vue.id;
    const etat = this.zone.querySelector('#candidats-etat');
    etat.textContent = 'Chargement des explications…';
    try {
      this.explications = await appeler(`/api/scenarios/${encodeURIComponent(vue.id)}/candidats`);
    } catch (erreur) {
      etat.textContent = erreur.message;
      return;
    }
    this.nom = vue.nom;
    this.zone.querySelector('.filtres').hidden = false;
    this.zone.querySelector('#table-candidats').hidden = false;
    this.afficher();
  }

  afficher() {
    const texte = this.filtre.value.trim().toLowerCase();
    const retenus = this.retenus.value;
    const visibles = this.explications.filter((c) => (retenus === '' || String(c.retenu) === retenus)
      && (texte === '' || [c.reference, c.nom, c.region, this.libelle('Region', c.region)]
        .some((v) => v && v.toLowerCase().includes(texte))));
    const total = this.explications.length;
    const nbRetenus = this.explications.filter((c) => c.retenu).length;
    this.zone.querySelector('#candidats-etat').textContent =
      `${nombre(nbRetenus, 0)} candidats retenus sur ${nombre(total, 0)} ; ${nombre(visibles.length, 0)} affichés.`;
    this.zone.querySelector('#table-candidats tbody').replaceChildren(...visibles.map((c) => this.ligne(c)));
  }

  ligne(c) {
    const details = el('details', {},
      el('summary', {}, c.retenu ? 'Pourquoi retenu' : 'Pourquoi non retenu'),
      el('p', {}, c.explication),
      c.contraintes && c.contraintes.length
        ? el('ul', { classe: 'contraintes' }, c.contraintes.map((k) => el('li', {}, el('strong', {}, k.nom), ` : ${k.impact}`)))
        : null);
    return el('tr', { 'data-reference': c.reference },
      el('th', { scope: 'row' }, c.reference, c.nom ? el('span', { classe: 'meta' }, ` — ${c.nom}`) : null),
      el('td', {}, this.libelle('Region', c.region)),
      el('td', {}, el('span', { classe: `pastille ${c.retenu ? 'pastille-oui' : 'pastille-non'}` }, c.retenu ? 'Oui' : 'Non'),
        c.eligible ? null : el('span', { classe: 'meta' }, ' (non éligible)')),
      el('td', { classe: 'nombre' }, c.cout === undefined || c.cout === null ? '—' : euros(c.cout)),
      el('td', { classe: 'nombre' }, c.valeurParMilleEuros === undefined || c.valeurParMilleEuros === null ? '—' : nombre(c.valeurParMilleEuros, 2)),
      el('td', {}, details));
  }

  /** The retained candidates as a CSV a French spreadsheet opens (tableur.js: « ; », decimal comma, names kept as text). */
  exporter() {
    const colonnes = ['reference', 'nom', 'region', 'cout', 'valeur', 'valeurParMilleEuros'];
    telecharger(fichierCsv(colonnes, this.explications.filter((c) => c.retenu)), `selection-${this.scenario}.csv`);
  }
}

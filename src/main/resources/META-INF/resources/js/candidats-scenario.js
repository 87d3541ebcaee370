// Every candidate of a finished scenario with why it is retained or not (GET /api/scenarios/{id}/candidats),
// and the selection exported as CSV.
import { appeler, dateHeure, el, euros, nombre } from './commun.js';
import { sansScore } from './suivi-scenario.js';
import { fichierCsv, nomDeFichier, telecharger } from './tableur.js';

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
    this.vue = null;
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
    this.vue = vue;
    this.zone.querySelector('.filtres').hidden = false;
    this.zone.querySelector('#table-candidats').hidden = false;
    this.afficher();
  }

  /** The candidates the filters let through, in the API's order. */
  visibles() {
    const texte = this.filtre.value.trim().toLowerCase();
    const retenus = this.retenus.value;
    return this.explications.filter((c) => (retenus === '' || String(c.retenu) === retenus)
      && (texte === '' || [c.reference, c.nom, c.region, this.libelle('Region', c.region)]
        .some((v) => v && v.toLowerCase().includes(texte))));
  }

  afficher() {
    const visibles = this.visibles();
    const total = this.explications.length;
    const nbRetenus = this.explications.filter((c) => c.retenu).length;
    this.zone.querySelector('#candidats-etat').textContent =
      `${nombre(nbRetenus, 0)} candidats retenus sur ${nombre(total, 0)} ; ${nombre(visibles.length, 0)} affichés.`;
    this.zone.querySelector('#table-candidats tbody').replaceChildren(...visibles.map((c) => this.ligne(c)));
    const exporter = this.zone.querySelector('#exporter');
    exporter.textContent = `Exporter les ${nombre(visibles.length, 0)} candidats affichés (CSV)`;
    exporter.disabled = visibles.length === 0;
  }

  /** In words, the filters applied: said at the top of the exported file. */
  filtreEnMots() {
    const morceaux = [this.retenus.options[this.retenus.selectedIndex].text];
    if (this.filtre.value.trim()) {
      morceaux.push(`recherche « ${this.filtre.value.trim()} »`);
    }
    return morceaux.join(', ');
  }

  ligne(c) {
    const details = el('details', {},
      el('summary', {}, c.retenu ? 'Pourquoi retenu' : 'Pourquoi non retenu'),
      el('p', {}, sansScore(c.explication)),
      c.contraintes && c.contraintes.length
        ? el('ul', { classe: 'contraintes' }, c.contraintes.map((k) => el('li', {}, el('strong', {}, k.nom), ` : ${sansScore(k.impact)}`)))
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

  /**
   * The candidates shown (filters applied) as a CSV a French spreadsheet opens (tableur.js: « ; », decimal comma, names
   * kept as text), the scenario's name, parameters and the filter first; the file is named after the scenario.
   */
  exporter() {
    if (!this.vue || this.scenario !== this.vue.id) {
      return; // nothing loaded for the scenario shown
    }
    const vue = this.vue;
    const p = vue.parametres;
    const parRegion = (regions) => Object.entries(regions || {}).map(([r, n]) => `${this.libelle('Region', r)} : ${n}`).join(', ') || 'aucun';
    const preambule = [
      ['Scénario', vue.nom],
      ['Identifiant', vue.id],
      ['Créé le', dateHeure(vue.creeLe)],
      ['Places', p.places],
      ['Enveloppe (€)', Number(p.enveloppe)],
      ['Minimum par région', p.minimumParDefaut],
      ['Minimums propres à des régions', parRegion(p.minimumParRegion)],
      ['Maximums par région', parRegion(p.maximumParRegion)],
      ['Poids d\'une zone fragile', Number(p.poidsZoneFragile)],
      ['Poids du premier rang ARS', Number(p.poidsPremierRang)],
      ['Candidats exportés', this.filtreEnMots()],
    ];
    const colonnes = ['reference', 'nom', 'region', 'retenu', 'eligible', 'cout', 'valeur', 'valeurParMilleEuros'];
    const lignes = this.visibles().map((c) => ({ ...c, retenu: c.retenu ? 'oui' : 'non', eligible: c.eligible ? 'oui' : 'non' }));
    telecharger(fichierCsv(colonnes, lignes, preambule), `selection-${nomDeFichier(vue.nom, vue.id)}.csv`);
  }
}

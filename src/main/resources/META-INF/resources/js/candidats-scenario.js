// Every candidate of a finished scenario with why it is retained or not (GET /api/scenarios/{id}/candidats),
// sorted and paged, and the list exported as CSV.
import { appeler, dateHeure, el, euros, nombre } from './commun.js';
import { lignesParametres } from './parametres-scenario.js';
import { sansScore } from './suivi-scenario.js';
import { fichierCsv, nomDeFichier, telecharger } from './tableur.js';

const TAILLE = 50;

export class CandidatsScenario {
  /** @param controles what a candidate's row offers besides its explanation (imposing it in or out), or null */
  constructor(zone, libelle, controles = null) {
    this.zone = zone;
    this.libelle = libelle;
    this.controles = controles;
    this.scenario = null;
    this.explications = [];
    this.filtre = zone.querySelector('#filtre-candidats');
    this.retenus = zone.querySelector('#filtre-retenus');
    this.page = 0;
    this.tri = { cle: null, sens: 1 };
    this.filtre.addEventListener('input', () => this.afficher(0));
    this.retenus.addEventListener('change', () => this.afficher(0));
    zone.querySelector('#exporter').addEventListener('click', () => this.exporter());
    zone.querySelector('#candidats-pages-precedente').addEventListener('click', () => this.afficher(this.page - 1));
    zone.querySelector('#candidats-pages-suivante').addEventListener('click', () => this.afficher(this.page + 1));
    for (const bouton of zone.querySelectorAll('#table-candidats thead button[data-tri]')) {
      bouton.addEventListener('click', () => this.trier(bouton.dataset.tri));
    }
  }

  /** A column header clicked: sorted by it, ascending, then descending on a second click. */
  trier(cle) {
    this.tri = { cle, sens: this.tri.cle === cle ? -this.tri.sens : 1 };
    for (const th of this.zone.querySelectorAll('#table-candidats thead th')) {
      const bouton = th.querySelector('button[data-tri]');
      if (bouton && bouton.dataset.tri === cle) {
        th.setAttribute('aria-sort', this.tri.sens > 0 ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    }
    this.afficher(0);
  }

  valeurDeTri(c, cle) {
    switch (cle) {
      case 'region': return this.libelle('Region', c.region);
      case 'retenu': return c.retenu ? 0 : 1;
      case 'cout': case 'valeurParMilleEuros': return c[cle] === undefined || c[cle] === null ? -Infinity : Number(c[cle]);
      default: return c.reference;
    }
  }

  attendre() {
    this.scenario = null;
    this.vue = null;
    this.explications = []; // nothing of a previously opened scenario may be exported under this one
    this.zone.querySelector('#candidats-etat').textContent = 'Les explications des candidats sont données quand le calcul est fini.';
    this.zone.querySelector('.filtres').hidden = true;
    this.zone.querySelector('#table-candidats').hidden = true;
    this.zone.querySelector('#candidats-pages').hidden = true;
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
    this.afficher(0);
  }

  /** The candidates the filters let through, in the order chosen (the API's unless a column was clicked). */
  visibles() {
    const texte = this.filtre.value.trim().toLowerCase();
    const retenus = this.retenus.value;
    const liste = this.explications.filter((c) => (retenus === '' || String(c.retenu) === retenus)
      && (texte === '' || [c.reference, c.nom, c.region, this.libelle('Region', c.region)]
        .some((v) => v && v.toLowerCase().includes(texte))));
    const { cle, sens } = this.tri;
    if (cle) {
      const compare = (a, b) => (typeof a === 'string' ? a.localeCompare(b, 'fr') : a - b);
      // an ineligible team costs 0 € because it gets nothing, not because it is cheap: by cost or value, it comes last
      const horsJeu = (c) => ((cle === 'cout' || cle === 'valeurParMilleEuros') && c.eligible === false ? 1 : 0);
      liste.sort((a, b) => horsJeu(a) - horsJeu(b) || sens * compare(this.valeurDeTri(a, cle), this.valeurDeTri(b, cle))
        || a.reference.localeCompare(b.reference));
    }
    return liste;
  }

  /** One page of the list (TAILLE candidates), its position, and the export of the whole list. */
  afficher(page = this.page) {
    const visibles = this.visibles();
    const pages = Math.max(1, Math.ceil(visibles.length / TAILLE));
    this.page = Math.min(Math.max(0, page), pages - 1);
    const debut = this.page * TAILLE;
    const montres = visibles.slice(debut, debut + TAILLE);
    const total = this.explications.length;
    const nbRetenus = this.explications.filter((c) => c.retenu).length;
    this.zone.querySelector('#candidats-etat').textContent =
      `${nombre(nbRetenus, 0)} candidats retenus sur ${nombre(total, 0)} ; ${nombre(visibles.length, 0)} dans la liste`
      + (pages > 1 ? `, ${nombre(debut + 1, 0)} à ${nombre(debut + montres.length, 0)} affichés.` : '.');
    this.zone.querySelector('#table-candidats tbody').replaceChildren(...montres.map((c) => this.ligne(c)));
    const pagination = this.zone.querySelector('#candidats-pages');
    pagination.hidden = pages <= 1;
    pagination.querySelector('#candidats-pages-position').textContent = `Page ${this.page + 1} sur ${pages}`;
    pagination.querySelector('#candidats-pages-precedente').disabled = this.page === 0;
    pagination.querySelector('#candidats-pages-suivante').disabled = this.page + 1 >= pages;
    const exporter = this.zone.querySelector('#exporter');
    exporter.textContent = `Exporter les ${nombre(visibles.length, 0)} candidats de la liste (CSV)`;
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
        c.eligible ? null : el('span', { classe: 'meta' }, ' (non éligible)'),
        c.impose ? el('span', { classe: 'meta' }, c.impose.choix === 'retenu' ? ' (imposé par le ministère)' : ' (exclu par le ministère)') : null),
      el('td', { classe: 'nombre' }, c.cout === undefined || c.cout === null ? '—' : euros(c.cout)),
      el('td', { classe: 'nombre' }, c.valeurParMilleEuros === undefined || c.valeurParMilleEuros === null ? '—' : nombre(c.valeurParMilleEuros, 2)),
      el('td', {}, details, this.controles ? this.controles(c) : null));
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
    const preambule = [
      ['Scénario', vue.nom],
      ['Identifiant', vue.id],
      ['Créé le', dateHeure(vue.creeLe)],
      ...lignesParametres(vue.parametres, this.libelle).map(([intitule, valeur]) => [intitule, valeur]),
      ['Candidats exportés', this.filtreEnMots()],
    ];
    const colonnes = ['reference', 'nom', 'region', 'retenu', 'eligible', 'cout', 'valeur', 'valeurParMilleEuros'];
    const lignes = this.visibles().map((c) => ({ ...c, retenu: c.retenu ? 'oui' : 'non', eligible: c.eligible ? 'oui' : 'non' }));
    telecharger(fichierCsv(colonnes, lignes, preambule), `selection-${nomDeFichier(vue.nom, vue.id)}.csv`);
  }
}

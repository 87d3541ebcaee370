// The stored decisions (GET /api/decisions), searchable and paginated, each openable.
import { appeler, dateHeure, el, euros } from './commun.js';
import { afficherErreurs, effacerErreurs } from './erreurs.js';

const TAILLE = 10;

export class ListeDecisions {
  constructor(section, libelle, ouvrir) {
    this.form = section.querySelector('#form-recherche');
    this.etat = section.querySelector('#liste-etat');
    this.table = section.querySelector('#liste-decisions');
    this.pagination = section.querySelector('.pagination');
    this.position = section.querySelector('#page-position');
    this.precedente = section.querySelector('#page-precedente');
    this.suivante = section.querySelector('#page-suivante');
    this.libelle = libelle;
    this.ouvrir = ouvrir;
    this.page = 0;
    this.demandes = 0;
    this.resume = el('div', { classe: 'resume-erreurs', role: 'alert', tabindex: '-1', hidden: true });
    this.form.prepend(this.resume);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.charger(0);
    });
    this.precedente.addEventListener('click', () => this.charger(this.page - 1));
    this.suivante.addEventListener('click', () => this.charger(this.page + 1));
  }

  async charger(page) {
    const parametres = new URLSearchParams();
    for (const champ of this.form.querySelectorAll('[name]')) {
      if (champ.value.trim() !== '') {
        parametres.set(champ.name, champ.value.trim());
      }
    }
    parametres.set('page', String(page));
    parametres.set('taille', String(TAILLE));
    this.etat.textContent = 'Recherche en cours…';
    effacerErreurs(this.form, this.resume);
    // only the latest search is shown: an earlier answer arriving late is dropped
    const demande = ++this.demandes;
    try {
      const resultat = await appeler(`/api/decisions?${parametres}`);
      if (demande !== this.demandes) {
        return;
      }
      this.page = page;
      this.afficher(resultat);
    } catch (erreur) {
      if (demande !== this.demandes) {
        return;
      }
      this.etat.textContent = '';
      afficherErreurs(this.form, this.resume, erreur, 'La recherche n\'a pas pu être faite');
    }
  }

  afficher({ decisions, total, structures = {}, remplacees = [] }) {
    this.structures = structures;
    this.remplacees = new Set(remplacees);
    // a reference decided several times: its replaced decisions say so, and its latest one too when both are listed
    const cle = (d) => `${d.campagne}/${d.annee}/${d.reference}`;
    this.decideesPlusieursFois = new Set(decisions.filter((d) => this.remplacees.has(d.id)).map(cle));
    this.cle = cle;
    const pages = Math.max(1, Math.ceil(total / TAILLE));
    this.etat.textContent = total === 0 ? 'Aucune décision ne correspond à la recherche.'
      : `${total} décision${total > 1 ? 's' : ''} trouvée${total > 1 ? 's' : ''}.`;
    this.table.hidden = total === 0;
    this.table.tBodies[0].replaceChildren(...decisions.map((d) => this.ligne(d)));
    this.pagination.hidden = pages <= 1;
    this.position.textContent = `Page ${this.page + 1} sur ${pages}`;
    this.precedente.disabled = this.page === 0;
    this.suivante.disabled = this.page + 1 >= pages;
  }

  /** « remplacée » on a decision a newer one of its reference and year replaces, « la plus récente » on that newer one. */
  repere(d) {
    if (this.remplacees.has(d.id)) {
      return el('span', { classe: 'repere repere-remplacee' }, 'remplacée par une décision plus récente');
    }
    if (this.decideesPlusieursFois.has(this.cle(d))) {
      return el('span', { classe: 'repere repere-derniere' }, 'la plus récente de cette référence');
    }
    return null;
  }

  ligne(d) {
    const bouton = el('button', { type: 'button', classe: 'secondaire petit', 'aria-label': `Ouvrir la décision ${d.reference} du ${dateHeure(d.horodatage)}` }, 'Ouvrir');
    bouton.addEventListener('click', () => this.ouvrir(d.id));
    // data-intitule: on a phone each row is a card and each cell says what it is (.tableau.empilable)
    return el('tr', {},
      el('td', { 'data-intitule': 'Date' }, dateHeure(d.horodatage)),
      el('td', { 'data-intitule': 'Référence' }, d.reference, this.repere(d)),
      el('td', { 'data-intitule': 'Structure' }, this.structures[d.id] || '—'),
      el('td', { 'data-intitule': 'Campagne' }, `${d.campagne.replace('ENMR_', 'ENMR ')} (${d.annee})`),
      el('td', { 'data-intitule': 'Éligible' }, el('span', { classe: `pastille ${d.eligible ? 'pastille-oui' : 'pastille-non'}` }, d.eligible ? 'Oui' : 'Non')),
      el('td', { classe: 'nombre', 'data-intitule': 'Total' }, euros(d.total)),
      el('td', {}, bouton));
  }
}

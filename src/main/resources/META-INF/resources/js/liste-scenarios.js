// The stored scenarios, newest first (GET /api/scenarios, ten a page), each with its places and cost and a button
// to open it; the places and cost come from each scenario's own answer (GET /api/scenarios/{id}), the list's items
// not carrying the result.
import { appeler, dateHeure, el, euros, nombre } from './commun.js';
import { STATUTS } from './scenarios-enregistres.js';

const TAILLE = 10;

export class ListeScenarios {
  constructor(section, ouvrir) {
    this.section = section;
    this.ouvrir = ouvrir;
    this.page = 0;
    this.demandes = 0;
    section.querySelector('#enregistres-pages-precedente').addEventListener('click', () => this.charger(this.page - 1));
    section.querySelector('#enregistres-pages-suivante').addEventListener('click', () => this.charger(this.page + 1));
  }

  async charger(page = this.page) {
    const $ = (s) => this.section.querySelector(s);
    const demande = ++this.demandes;
    let reponse;
    try {
      reponse = await appeler(`/api/scenarios?page=${page}&taille=${TAILLE}`);
    } catch (erreur) {
      $('#enregistres-etat').textContent = `La liste des scénarios n'a pas pu être lue : ${erreur.message}`;
      return;
    }
    if (demande !== this.demandes) {
      return; // a later request is under way
    }
    this.page = page;
    const pages = Math.max(1, Math.ceil(reponse.total / TAILLE));
    $('#enregistres-etat').textContent = reponse.total === 0 ? 'Aucun scénario enregistré pour l\'instant.'
      : `${nombre(reponse.total, 0)} scénario${reponse.total > 1 ? 's' : ''} enregistré${reponse.total > 1 ? 's' : ''}.`;
    $('#table-enregistres').hidden = reponse.total === 0;
    $('#table-enregistres tbody').replaceChildren(...reponse.scenarios.map((s) => this.ligne(s)));
    $('#enregistres-pages').hidden = pages <= 1;
    $('#enregistres-pages-position').textContent = `Page ${this.page + 1} sur ${pages}`;
    $('#enregistres-pages-precedente').disabled = this.page === 0;
    $('#enregistres-pages-suivante').disabled = this.page + 1 >= pages;
  }

  ligne(s) {
    const places = el('td', { classe: 'nombre', 'data-intitule': 'Places' }, '…');
    const cout = el('td', { classe: 'nombre', 'data-intitule': 'Coût' }, '…');
    const bouton = el('button', { type: 'button', classe: 'secondaire petit', 'aria-label': `Ouvrir le scénario ${s.nom}` }, 'Ouvrir');
    bouton.addEventListener('click', () => this.ouvrir(s.id));
    appeler(`/api/scenarios/${encodeURIComponent(s.id)}`).then((vue) => {
      const totaux = vue.resultat && vue.resultat.totaux;
      places.textContent = totaux ? `${nombre(totaux.places, 0)} sur ${nombre(vue.parametres.places, 0)}` : '—';
      cout.textContent = totaux ? euros(totaux.cout) : '—';
    }, () => {
      places.textContent = '—';
      cout.textContent = '—';
    });
    return el('tr', { 'data-scenario': s.id },
      el('th', { scope: 'row' }, s.nom),
      el('td', { 'data-intitule': 'Créé le' }, dateHeure(s.creeLe)),
      el('td', { 'data-intitule': 'Statut' }, STATUTS[s.statut] || s.statut),
      places, cout,
      el('td', {}, bouton));
  }
}

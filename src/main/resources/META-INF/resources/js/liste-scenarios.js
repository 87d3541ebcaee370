// The stored scenarios, newest first (GET /api/scenarios, ten a page), each with its places and cost and buttons
// to open, rename (PATCH /api/scenarios/{id}) and delete it (DELETE /api/scenarios/{id}?supprimer=true, after a
// confirmation); the places and cost come from each scenario's own answer (GET /api/scenarios/{id}), the list's
// items not carrying the result. A scenario being solved is neither renamed nor deleted (the API answers 409).
import { appeler, dateHeure, el, euros, nombre } from './commun.js';
import { STATUTS } from './scenarios-enregistres.js';

const TAILLE = 10;

export class ListeScenarios {
  /** @param modifie called with (id, 'renomme' | 'supprime') once the API has done it */
  constructor(section, ouvrir, modifie = () => {}) {
    this.section = section;
    this.ouvrir = ouvrir;
    this.modifie = modifie;
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
    const compte = reponse.total === 0 ? 'Aucun scénario enregistré pour l\'instant.'
      : `${nombre(reponse.total, 0)} scénario${reponse.total > 1 ? 's' : ''} enregistré${reponse.total > 1 ? 's' : ''}.`;
    $('#enregistres-etat').textContent = this.annonce ? `${this.annonce} ${compte}` : compte;
    this.annonce = null;
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
    const enCours = s.statut === 'EN_COURS';
    const pourquoi = enCours ? 'Arrêtez le calcul (ou attendez sa fin) pour renommer ou supprimer ce scénario' : null;
    const renommer = el('button', { type: 'button', classe: 'secondaire petit', disabled: enCours, title: pourquoi,
      'aria-label': `Renommer le scénario ${s.nom}` }, 'Renommer');
    const supprimer = el('button', { type: 'button', classe: 'secondaire petit', disabled: enCours, title: pourquoi,
      'aria-label': `Supprimer le scénario ${s.nom}` }, 'Supprimer');
    const nom = el('th', { scope: 'row' }, s.nom);
    const statut = el('td', { 'data-intitule': 'Statut' }, STATUTS[s.statut] || s.statut);
    const actions = el('td', { classe: 'actions-ligne' }, bouton, ' ', renommer, ' ', supprimer);
    renommer.addEventListener('click', () => this.renommer(s, nom, actions));
    supprimer.addEventListener('click', () => this.confirmerSuppression(s, actions));
    appeler(`/api/scenarios/${encodeURIComponent(s.id)}`).then((vue) => {
      const totaux = vue.resultat && vue.resultat.totaux;
      places.textContent = totaux ? `${nombre(totaux.places, 0)} sur ${nombre(vue.parametres.places, 0)}` : '—';
      cout.textContent = totaux ? euros(totaux.cout) : '—';
      if (vue.adopte) { // frozen: what the ministry notified (the API answers 409)
        statut.append(' ', el('span', { classe: 'pastille pastille-oui' }, vue.adopte.enVigueur ? 'adopté' : 'adopté, remplacé'));
        for (const b of [renommer, supprimer]) {
          b.disabled = true;
          b.title = 'Un scénario adopté ne peut plus être renommé ni supprimé';
        }
      }
    }, () => {
      places.textContent = '—';
      cout.textContent = '—';
    });
    return el('tr', { 'data-scenario': s.id },
      nom,
      el('td', { 'data-intitule': 'Créé le' }, dateHeure(s.creeLe)),
      statut,
      places, cout,
      actions);
  }

  /** The name cell becomes a small form: the new name, saved with PATCH, or the change given up. */
  renommer(s, cellule, actions) {
    const champ = `renommer-${s.id}`;
    const erreur = el('p', { classe: 'erreur', id: `${champ}-erreur`, hidden: true });
    const saisie = el('input', { type: 'text', id: champ, name: 'nom', maxlength: '200', 'aria-describedby': `${champ}-erreur` });
    saisie.value = s.nom;
    const form = el('form', { classe: 'renommage', novalidate: true },
      el('label', { for: champ }, `Nouveau nom du scénario « ${s.nom} »`), erreur, saisie, ' ',
      el('button', { type: 'submit', classe: 'petit' }, 'Enregistrer le nom'), ' ',
      el('button', { type: 'button', classe: 'secondaire petit', 'data-action': 'annuler' }, 'Annuler'));
    const avant = [...cellule.childNodes];
    const retablir = () => cellule.replaceChildren(...avant);
    form.querySelector('[data-action=annuler]').addEventListener('click', retablir);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const vue = await appeler(`/api/scenarios/${encodeURIComponent(s.id)}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ nom: saisie.value }),
        });
        this.annoncer(`Scénario « ${s.nom} » renommé « ${vue.nom} ».`);
        this.modifie(s.id, 'renomme');
        await this.charger();
      } catch (refus) {
        const violation = refus.violations && refus.violations.find((v) => v.champ === 'nom');
        erreur.textContent = violation ? `Nom : ${violation.message}` : refus.message;
        erreur.hidden = false;
        saisie.setAttribute('aria-invalid', 'true');
        saisie.focus();
      }
    });
    cellule.replaceChildren(form);
    saisie.focus();
    saisie.select();
  }

  /** Deleting is asked twice: the row's buttons give way to a question, answered by « Supprimer définitivement » or « Annuler ». */
  confirmerSuppression(s, actions) {
    const avant = [...actions.childNodes];
    const question = el('span', { classe: 'question', id: `supprimer-${s.id}-question` },
      `Supprimer définitivement « ${s.nom} », ses paramètres et son résultat ?`);
    const oui = el('button', { type: 'button', classe: 'petit', 'aria-describedby': question.id }, 'Supprimer définitivement');
    const non = el('button', { type: 'button', classe: 'secondaire petit' }, 'Annuler');
    non.addEventListener('click', () => actions.replaceChildren(...avant));
    oui.addEventListener('click', async () => {
      oui.disabled = true;
      try {
        await appeler(`/api/scenarios/${encodeURIComponent(s.id)}?supprimer=true`, { method: 'DELETE', headers: { Accept: 'application/json' } });
        this.annoncer(`Scénario « ${s.nom} » supprimé.`);
        this.modifie(s.id, 'supprime');
        // the last one of its page gone: the page before
        await this.charger(this.section.querySelectorAll('#table-enregistres tbody tr').length === 1 ? Math.max(0, this.page - 1) : this.page);
      } catch (refus) {
        actions.replaceChildren(...avant);
        this.annoncer(`Le scénario « ${s.nom} » n'a pas été supprimé : ${refus.message}`);
      }
    });
    actions.replaceChildren(question, ' ', oui, ' ', non);
    non.focus();
  }

  /** Said in the list's status line once the list is read again (which rewrites it). */
  annoncer(texte) {
    this.annonce = texte;
    this.section.querySelector('#enregistres-etat').textContent = texte;
  }
}

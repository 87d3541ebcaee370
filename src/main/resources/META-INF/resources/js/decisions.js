// The ARS page: a dossier sent to POST /api/decisions, the answer shown, the stored decisions listed.
import { appeler, el, envoyer, ErreurApi, intitules } from './commun.js';
import { effacerErreurs, soumettre } from './erreurs.js';
import { FormulaireDossier } from './formulaire-dossier.js';
import { ImportCsv } from './import-csv.js';
import { ListeDecisions } from './liste-decisions.js';
import { montrerSelections } from './selection-adoptee.js';

const libelle = intitules();
// the form is on the page for ARS agents only; the others read the decisions
const form = document.getElementById('form-dossier');
const formulaire = form ? new FormulaireDossier(form) : null;
const resume = document.getElementById('resume-erreurs');
const etatEnvoi = document.getElementById('etat-envoi');
const resultat = document.getElementById('resultat');
const liste = new ListeDecisions(document.getElementById('decisions-enregistrees'), libelle, ouvrir);

/** The decision as its PDF prints it: the fiche the server renders (template decision/fiche), the same words in both. */
async function fiche(id) {
  const reponse = await fetch(`/decisions/fiche/${encodeURIComponent(id)}`, { headers: { Accept: 'text/html' } }).catch(() => null);
  if (!reponse || !reponse.ok) {
    const probleme = reponse && (reponse.headers.get('Content-Type') || '').includes('json') ? await reponse.json() : {};
    throw new ErreurApi(reponse ? reponse.status : 0, { title: 'Décision indisponible', ...probleme });
  }
  const modele = document.createElement('template');
  modele.innerHTML = await reponse.text();
  return modele.content;
}

async function montrer(decision, dossier) {
  const contenu = await fiche(decision.id);
  // the trace is on /regles, which only analysts may open: no link that would lead the others to a 403
  const liens = el('p', { classe: 'liens' },
    resultat.dataset.traceRegles === 'true'
      ? el('a', { href: `/regles?decision=${encodeURIComponent(decision.id)}` }, 'Voir les règles qui ont produit cette décision') : null,
    el('a', { href: `/api/decisions/${encodeURIComponent(decision.id)}` }, 'La décision en JSON'));
  const imprimer = el('button', { type: 'button', classe: 'secondaire' }, 'Imprimer / PDF');
  imprimer.addEventListener('click', () => telechargerPdf(decision.id, liens));
  liens.append(imprimer);
  if (dossier && formulaire) {
    const reprendre = el('button', { type: 'button', classe: 'secondaire' }, 'Reprendre ce dossier dans le formulaire');
    reprendre.addEventListener('click', () => {
      formulaire.remplir(dossier);
      effacerErreurs(form, resume);
      document.getElementById('reference').focus();
    });
    liens.append(reprendre);
  }
  document.getElementById('titre-resultat').textContent = `Décision — dossier ${decision.reference}`;
  document.getElementById('resultat-contenu').replaceChildren(contenu, liens);
  resultat.hidden = false;
  resultat.focus();
  history.replaceState(null, '', `/decisions?id=${encodeURIComponent(decision.id)}`);
}

/** The printable decision: the same address asked for as application/pdf, saved as a file the browser can open and print. */
async function telechargerPdf(id, liens) {
  liens.querySelector('.alerte')?.remove();
  const reponse = await fetch(`/api/decisions/${encodeURIComponent(id)}`, { headers: { Accept: 'application/pdf' } }).catch(() => null);
  if (!reponse || !reponse.ok) {
    const probleme = reponse && (reponse.headers.get('Content-Type') || '').includes('json') ? await reponse.json() : {};
    liens.append(el('span', { classe: 'alerte', role: 'alert' }, probleme.detail || 'Le PDF n\'a pas pu être obtenu ; réessayez.'));
    return;
  }
  const adresse = URL.createObjectURL(await reponse.blob());
  const lien = el('a', { href: adresse, download: `decision-${id}.pdf`, hidden: true });
  document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(adresse), 60000);
}

function montrerErreur(erreur) {
  document.getElementById('titre-resultat').textContent = erreur.probleme.title || 'Décision indisponible';
  document.getElementById('resultat-contenu').replaceChildren(el('p', { classe: 'alerte' }, erreur.message));
  resultat.hidden = false;
}

async function ouvrir(id) {
  try {
    const decision = await appeler(`/api/decisions/${encodeURIComponent(id)}`);
    await montrer(decision, decision.dossier);
  } catch (erreur) {
    montrerErreur(erreur);
  }
}

function brancherFormulaire() {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const dossier = formulaire.lire();
    soumettre({
      form,
      resume,
      bouton: document.getElementById('decider'),
      etat: etatEnvoi,
      enCours: 'Décision en cours…',
      action: async () => {
        const decision = await envoyer('/api/decisions', dossier);
        etatEnvoi.textContent = 'Décision prise et enregistrée.';
        await montrer(decision, dossier).catch(montrerErreur);
        liste.charger(0);
      },
      refus: {
        champs: 'Le dossier n\'a pas été accepté : corrigez les champs signalés',
        autre: 'La décision n\'a pas pu être prise',
      },
    });
  });

  form.addEventListener('lignes-modifiees', () => effacerErreurs(form, resume));

  document.getElementById('vider').addEventListener('click', () => {
    formulaire.vider();
    effacerErreurs(form, resume);
    formulaire.ajouterLigne('professionnels');
  });

  document.getElementById('fichier-json').addEventListener('change', async (e) => {
    const fichier = e.target.files[0];
    const message = document.getElementById('message-import');
    if (!fichier) {
      return;
    }
    let dossier;
    try {
      dossier = JSON.parse(await fichier.text());
    } catch (erreur) {
      message.textContent = `Le fichier « ${fichier.name} » n'est pas du JSON lisible : rien n'a été importé.`;
      return;
    }
    if (dossier === null || typeof dossier !== 'object' || Array.isArray(dossier)) {
      message.textContent = `Le fichier « ${fichier.name} » ne contient pas un dossier (un objet JSON) : rien n'a été importé.`;
      return;
    }
    const nonRepris = formulaire.remplir(dossier);
    effacerErreurs(form, resume);
    message.textContent = `Dossier ${dossier.reference ? `« ${dossier.reference} » ` : ''}importé : vérifiez-le puis demandez la décision.`
      + (nonRepris.length ? ` Champs non repris par le formulaire : ${nonRepris.join(', ')}.` : '');
    e.target.value = '';
  });

  formulaire.ajouterLigne('professionnels');
  new ImportCsv(document.getElementById('import-csv'), { quandDecide: () => liste.charger(0), ouvrir });
}

if (form) {
  brancherFormulaire();
}

/**
 * ?annee=&critere=&constat= (a figure of /pilotage clicked): the decisions behind it, the latest of each reference for
 * that year, said in words above the list and removable in one click.
 */
function filtreDuTableauDeBord(recherche) {
  const filtres = ['annee', 'critere', 'constat'].filter((nom) => recherche.get(nom));
  if (filtres.length === 0) {
    return;
  }
  const formRecherche = document.getElementById('form-recherche');
  const champs = filtres.map((nom) => el('input', { type: 'hidden', name: nom, value: recherche.get(nom) }));
  const morceaux = [];
  if (recherche.get('annee')) {
    morceaux.push(`année ${recherche.get('annee')}`);
  }
  if (recherche.get('critere')) {
    morceaux.push(`critère « ${libelle('Critere', recherche.get('critere'))} » non satisfait`);
  }
  if (recherche.get('constat')) {
    morceaux.push(`constat « ${libelle('Constat', recherche.get('constat'))} » relevé`);
  }
  const retirer = el('button', { type: 'button', classe: 'secondaire petit' }, 'Retirer ce filtre');
  const avis = el('p', { id: 'filtre-pilotage', classe: 'message' },
    `Décisions du tableau de bord (la dernière de chaque référence) : ${morceaux.join(', ')}. `, retirer);
  retirer.addEventListener('click', () => {
    champs.forEach((c) => c.remove());
    avis.remove();
    history.replaceState(null, '', '/decisions');
    liste.charger(0);
  });
  formRecherche.append(...champs);
  formRecherche.before(avis);
}
// /decisions?region=&campagne=&eligible= (links of /pilotage): the list starts filtered
for (const [nom, valeur] of new URLSearchParams(location.search)) {
  const champ = document.querySelector(`#form-recherche [name="${nom}"]`);
  if (champ && (champ.tagName !== 'SELECT' || [...champ.options].some((o) => o.value === valeur))) {
    champ.value = valeur;
  }
}
filtreDuTableauDeBord(new URLSearchParams(location.search));
liste.charger(0);
const demande = new URLSearchParams(location.search).get('id');
if (demande) {
  ouvrir(demande);
}
montrerSelections(document.getElementById('selection-adoptee'), libelle);

// The analysts' workshop on /regles: the versions of the rules, a draft edited in the KIE DMN editor and as DRL,
// its cases, a test bench, its impact, the review (submit, approve, reject, reactivate), differences and journal.
import { dateHeure, el, intitules } from './commun.js';
import {
  agir, creerBrouillon, ETATS, lireFichier, listerVersions, remplacerFichier,
} from './api-regles.js';
import { EditeurDmn, EditeurTexte } from './editeurs-regles.js';
import { afficherErreurs, effacerErreurs, messageErreur } from './erreurs-regles.js';
import { BancEssai } from './banc-essai.js';
import { CasAnalystes } from './cas-analystes.js';
import { ImpactVersion } from './impact-version.js';
import { DifferencesVersions } from './differences-versions.js';
import { JournalRegles } from './journal-regles.js';
import { RebaseRegles } from './rebase-regles.js';

const libelle = intitules();
const donnees = JSON.parse(document.getElementById('atelier-donnees').textContent);
const $ = (id) => document.getElementById(id);

/** What the workshop shows: the version open (null for a new draft not saved yet), the one it starts from, and its files. */
const etat = {
  versions: [],
  active: null,
  version: null,
  base: null,
  fichierDmn: null,
  fichierDrl: null,
};

const editeurDmn = new EditeurDmn($('editeur-dmn'), donnees.editeurDmn);
const drl = new EditeurTexte($('zone-drl'));
const journal = new JournalRegles($('journal'), { nom: (id) => nomCourt(etat.versions.find((v) => v.id === id)) });
const differences = new DifferencesVersions($('differences'));

/** « v7 », the name people use for a version (its id and fingerprint are details). */
function nomCourt(v) {
  return v && v.numero ? `v${v.numero}` : null;
}

/** Whether the version open holds changes not saved yet: the DMN editor's, the DRL's, the case file's. */
function nonEnregistre() {
  return editeurDmn.modifie || drl.modifie || Boolean(cas.editeurOuvert().editeur && cas.editeurOuvert().editeur.modifie);
}

/** Asks before dropping changes not saved: true when there are none, or the analyst agrees to lose them. */
function abandonnerModifications() {
  return !nonEnregistre()
    || window.confirm('Des modifications du brouillon ne sont pas enregistrées (modèle DMN, règles de cohérence ou cas). '
      + 'Les abandonner ?');
}

// leaving the page (link, reload, closing the tab) with changes not saved: the browser asks first
window.addEventListener('beforeunload', (evenement) => {
  if (nonEnregistre()) {
    evenement.preventDefault();
    evenement.returnValue = '';
  }
});
const cas = new CasAnalystes($('cas'), {
  editable: () => editable(),
  version: () => etat.version,
  quandEnregistre: (version) => apresEnregistrement(version),
  erreurs: (erreur) => montrerRefus(erreur),
});
const banc = new BancEssai($('banc'), libelle, {
  version: () => etat.version,
  active: () => etat.active,
  editable: () => editable(),
  fichiersCas: () => cas.fichiers(),
  ajouterCas: (fichier, nouveau) => cas.ajouter(fichier, nouveau),
});
const rebase = new RebaseRegles($('report-version'), {
  quandReporte: async (nouveau) => {
    await chargerVersions();
    journal.charger();
    await ouvrir(nouveau, null);
  },
});
const impact = new ImpactVersion($('impact'), libelle, { version: () => etat.version });

/** The draft can be changed here: a new draft, or a draft of the signed-in analyst. */
function editable() {
  return etat.version === null || (etat.version.etat === 'BROUILLON' && etat.version.auteur === donnees.utilisateur);
}

function dire(id, texte) {
  $(id).textContent = texte;
}

// ---- the list of versions

async function chargerVersions() {
  try {
    etat.versions = await listerVersions();
  } catch (e) {
    dire('versions-etat', messageErreur(e));
    return;
  }
  etat.active = etat.versions.find((v) => v.active) || null;
  $('version-active-resume').replaceChildren(etat.active
    ? el('span', { title: `${etat.active.id} — ${etat.active.empreinte}` }, etat.active.libelle || etat.active.id)
    : 'aucune');
  $('nouveau-brouillon').disabled = !etat.active;
  $('table-versions').querySelector('tbody').replaceChildren(...etat.versions.map(ligneVersion));
  differences.proposer(etat.versions, etat.active);
}

function ligneVersion(v) {
  const ouverte = etat.version && etat.version.id === v.id;
  return el('tr', { classe: `${v.active ? 'version-active' : ''}${ouverte ? ' version-ouverte' : ''}`, 'data-version': v.id },
    el('td', {}, el('strong', { classe: 'nom-version', title: `${v.id} — ${v.empreinte}` }, nomCourt(v) || v.id),
      v.active ? el('span', { classe: 'pastille pastille-oui' }, 'active') : null,
      el('br'), el('small', {}, dateHeure(v.creeLe)), v.base ? el('small', {}, ` — depuis ${nomBase(v.base)}`) : null,
      el('br'), el('small', { classe: 'detail-version' }, el('code', { classe: 'coupable' }, v.id))),
    el('td', {}, el('span', { classe: `pastille etat-${v.etat.toLowerCase()}` }, ETATS[v.etat] || v.etat)),
    el('td', {}, v.origine === 'DEPLOIEMENT' ? `${v.auteur || 'déploiement'} (livrée avec le service)` : v.auteur),
    el('td', {}, v.motif),
    el('td', {}, relecture(v)),
    el('td', {}, el('button', { type: 'button', classe: 'secondaire petit ouvrir-version', 'data-id': v.id }, 'Ouvrir'),
      v.etat === 'REMPLACEE' ? el('button', { type: 'button', classe: 'petit reactiver-version', 'data-id': v.id }, 'Réactiver…') : null));
}

function nomBase(id) {
  return nomCourt(etat.versions.find((v) => v.id === id)) || id.slice(-8);
}

function relecture(v) {
  if (v.rejet) {
    return `Rejetée par ${v.approbateur || '—'} : ${v.rejet}`;
  }
  if (v.approbateur) {
    return `Approuvée par ${v.approbateur}${v.publieLe ? ` le ${dateHeure(v.publieLe)}` : ''}`;
  }
  if (v.soumisLe) {
    return `Soumise le ${dateHeure(v.soumisLe)}`;
  }
  return '—';
}

$('table-versions').addEventListener('click', (evenement) => {
  const reactiver = evenement.target.closest('.reactiver-version');
  if (reactiver) {
    proposerReactivation(etat.versions.find((v) => v.id === reactiver.dataset.id));
    return;
  }
  const bouton = evenement.target.closest('.ouvrir-version');
  if (bouton && abandonnerModifications()) {
    const version = etat.versions.find((v) => v.id === bouton.dataset.id);
    ouvrir(version, version).catch((e) => dire('versions-etat', messageErreur(e)));
  }
});

// the button stays disabled (in the page and here) until the list has named the active version, the draft's base
$('nouveau-brouillon').addEventListener('click', () => {
  if (!etat.active) {
    dire('versions-etat', 'La liste des versions n\'est pas encore chargée : la version active n\'est pas connue.');
    return;
  }
  if (!abandonnerModifications()) {
    return;
  }
  ouvrir(null, etat.active).catch((e) => dire('versions-etat', messageErreur(e)));
});

// ---- the workshop

/** Opens a version (or, with null, a new draft of base) in the workshop. */
async function ouvrir(version, base) {
  dire('versions-etat', version ? `Ouverture de la version ${version.id}…` : 'Ouverture d\'un nouveau brouillon…');
  etat.version = version;
  etat.base = base;
  const source = version || base;
  const fichiers = source.fichiers || [];
  etat.fichierDmn = (fichiers.find((f) => f.type === 'DMN') || { nom: 'enmr.dmn' }).nom;
  etat.fichierDrl = (fichiers.find((f) => f.type === 'DRL') || { nom: 'constats.drl' }).nom;
  effacerErreurs();
  $('avertissements-validation').hidden = true;
  $('atelier-vide').hidden = true;
  $('atelier-contenu').hidden = false;
  editeurDmn.fermer();
  majFaits();
  // the review's buttons, the cases and the bench first: the DMN editor, last, holds the page's main thread for seconds
  majActions();
  $('atelier').scrollIntoView();
  $('atelier').focus({ preventScroll: true });
  $('table-versions').querySelector('tbody').replaceChildren(...etat.versions.map(ligneVersion));
  const [xml, texteDrl] = await Promise.all([lireFichier(source.id, etat.fichierDmn), lireFichier(source.id, etat.fichierDrl)]);
  drl.charger(texteDrl, !editable());
  $('fichier-dmn-nom').textContent = etat.fichierDmn;
  $('fichier-drl-nom').textContent = etat.fichierDrl;
  $('motif-brouillon').value = '';
  await cas.charger(source, fichiers);
  banc.preparer(source, fichiers);
  impact.preparer();
  if (version && version.base) {
    differences.comparer(version.id, version.base);
  }
  await editeurDmn.ouvrir(etat.fichierDmn, xml, !editable());
  dire('versions-etat', '');
}

function majFaits() {
  const v = etat.version;
  const lignes = v ? [
    ['Version', v.libelle || v.id],
    ['Identifiant', el('code', { classe: 'coupable' }, v.id)],
    ['État', `${ETATS[v.etat] || v.etat}${v.active ? ' (active)' : ''}`],
    ['Auteur', v.auteur || '—'],
    ['Motif', v.motif || '—'],
    ['Empreinte', el('code', { classe: 'coupable' }, v.empreinte)],
    ['Campagnes', (v.campagnes || []).map((c) => libelle('Campagne', c)).join(', ') || '—'],
  ] : [
    ['Version', 'nouveau brouillon (pas encore enregistré)'],
    ['À partir de', el('code', { classe: 'coupable' }, etat.base.id)],
    ['Auteur', donnees.utilisateur],
  ];
  $('atelier-faits').replaceChildren(...lignes.map(([terme, valeur]) => el('div', {}, el('dt', {}, terme), el('dd', {}, valeur))));
  $('titre-atelier').textContent = v ? `Atelier — ${ETATS[v.etat] || v.etat} ${nomCourt(v) || v.id}` : 'Atelier — nouveau brouillon';
  $('champ-motif').hidden = v !== null;
  const modifiable = editable();
  $('enregistrer-brouillon').hidden = !modifiable;
  $('enregistrer-drl').hidden = !modifiable || v === null;
}

/** The review's buttons that apply to the version open, for the signed-in analyst. */
function majActions() {
  const v = etat.version;
  const moi = donnees.utilisateur;
  const auteur = v && v.auteur === moi;
  const boutons = {
    soumettre: v && v.etat === 'BROUILLON' && auteur,
    approuver: v && v.etat === 'SOUMISE' && !auteur,
    rejeter: v && v.etat === 'SOUMISE' && !auteur,
    reactiver: v && v.etat === 'REMPLACEE',
  };
  Object.entries(boutons).forEach(([id, visible]) => {
    $(id).hidden = !visible;
  });
  $('champ-motif-relecture').hidden = !(boutons.rejeter || boutons.reactiver);
  let explication;
  if (!v) {
    explication = 'Enregistrez le brouillon (avec son motif) pour l\'essayer, lancer ses cas, mesurer son impact et le soumettre.';
  } else if (v.etat === 'BROUILLON') {
    explication = auteur ? 'Quand les cas passent, soumettez le brouillon : un autre analyste l\'approuvera ou le rejettera.'
      : `Brouillon de ${v.auteur} : seul son auteur peut le modifier ou le soumettre.`;
  } else if (v.etat === 'SOUMISE') {
    explication = auteur ? 'Soumise : un autre analyste doit l\'approuver ou la rejeter.'
      : `Soumise par ${v.auteur} : approuvez-la pour la publier (elle devient la version active) ou rejetez-la avec un motif.`;
  } else if (v.etat === 'REMPLACEE') {
    explication = 'Version remplacée : la réactiver la rend de nouveau active (retour arrière d\'urgence, motif obligatoire).';
  } else {
    explication = v.active ? 'Version active : elle décide les nouveaux dossiers.' : `Version ${ETATS[v.etat].toLowerCase()}.`;
  }
  dire('relecture-explication', explication);
  dire('etat-relecture', '');
  rebase.effacer();
  if (v && (v.etat === 'BROUILLON' || v.etat === 'SOUMISE') && etat.active && v.base && v.base !== etat.active.id) {
    rebase.proposer(v, v.base, etat.active.id);
  }
}

editeurDmn.quandModifie = (sale) => {
  if (sale) {
    dire('etat-brouillon', 'Modifications non enregistrées.');
  }
};

/** After a save: the version as the service answered it, the list and the journal again. */
async function apresEnregistrement(version) {
  etat.version = version;
  majFaits();
  majActions();
  if (version.validation && version.validation.avertissements && version.validation.avertissements.length) {
    $('avertissements-validation').hidden = false;
    $('avertissements-validation').textContent = `Avertissements de KIE : ${version.validation.avertissements
      .map((a) => [a.element, a.message].filter(Boolean).join(' : ')).join(' ; ')}`;
  } else {
    $('avertissements-validation').hidden = true;
  }
  await chargerVersions();
  journal.charger();
}

function montrerRefus(erreur) {
  afficherErreurs(erreur, { drl: { nom: etat.fichierDrl, editeur: drl }, cas: cas.editeurOuvert() });
}

$('enregistrer-brouillon').addEventListener('click', async () => {
  effacerErreurs();
  const bouton = $('enregistrer-brouillon');
  const motif = $('motif-brouillon').value.trim();
  if (etat.version === null && !motif) {
    dire('etat-brouillon', 'Indiquez le motif du brouillon.');
    $('motif-brouillon').focus();
    return;
  }
  bouton.disabled = true;
  dire('etat-brouillon', 'Enregistrement et validation par KIE…');
  try {
    const xml = await editeurDmn.contenu();
    let version;
    if (etat.version === null) {
      const fichiers = { [etat.fichierDmn]: xml };
      if (drl.modifie) {
        fichiers[etat.fichierDrl] = drl.valeur;
      }
      version = await creerBrouillon(etat.base.id, motif, fichiers);
    } else {
      if (!editeurDmn.modifie && !drl.modifie) {
        dire('etat-brouillon', 'Rien à enregistrer : le modèle et les règles de cohérence n\'ont pas changé.');
        return;
      }
      version = etat.version;
      if (editeurDmn.modifie) {
        version = await remplacerFichier(version.id, etat.fichierDmn, xml);
      }
      if (drl.modifie) {
        version = await remplacerFichier(version.id, etat.fichierDrl, drl.valeur);
      }
    }
    editeurDmn.enregistre();
    drl.modifie = false;
    await apresEnregistrement(version);
    dire('etat-brouillon', `Brouillon ${version.libelle || version.id} enregistré (empreinte ${version.empreinte}).`);
  } catch (e) {
    dire('etat-brouillon', messageErreur(e));
    montrerRefus(e);
  } finally {
    bouton.disabled = false;
  }
});

$('enregistrer-drl').addEventListener('click', async () => {
  effacerErreurs();
  dire('etat-drl', 'Enregistrement et compilation par Drools…');
  try {
    const version = await remplacerFichier(etat.version.id, etat.fichierDrl, drl.valeur);
    drl.modifie = false;
    drl.marquer([]);
    await apresEnregistrement(version);
    dire('etat-drl', 'Règles de cohérence enregistrées.');
  } catch (e) {
    dire('etat-drl', messageErreur(e));
    montrerRefus(e);
  }
});

$('fermer-atelier').addEventListener('click', () => {
  if (!abandonnerModifications()) {
    return;
  }
  editeurDmn.fermer();
  drl.modifie = false;
  if (cas.editeurOuvert().editeur) {
    cas.editeurOuvert().editeur.modifie = false;
  }
  etat.version = null;
  $('atelier-contenu').hidden = true;
  $('atelier-vide').hidden = false;
  $('titre-atelier').textContent = 'Atelier';
  chargerVersions();
});

// ---- review

async function etape(action, { motifRequis = false, message }) {
  const motif = $('motif-relecture').value.trim();
  if (motifRequis && !motif) {
    dire('etat-relecture', 'Indiquez le motif.');
    $('motif-relecture').focus();
    return;
  }
  dire('etat-relecture', 'Envoi…');
  try {
    const version = await agir(etat.version.id, action, motif || null);
    etat.version = version;
    majFaits();
    majActions();
    $('motif-relecture').value = '';
    dire('etat-relecture', message(version));
    await chargerVersions();
    journal.charger();
  } catch (e) {
    dire('etat-relecture', messageErreur(e));
    if (action === 'approbation' && rebase.montrerRefus(etat.version, e)) {
      await chargerVersions();
      journal.charger();
    }
  }
}

$('soumettre').addEventListener('click', () => etape('soumission', { message: () => 'Version soumise : un autre analyste doit maintenant l\'approuver.' }));
$('approuver').addEventListener('click', () => etape('approbation', { message: (v) => `Version ${v.libelle || v.id} approuvée et publiée : elle décide désormais les nouveaux dossiers.` }));
$('rejeter').addEventListener('click', () => etape('rejet', { motifRequis: true, message: () => 'Version rejetée.' }));
$('reactiver').addEventListener('click', () => etape('reactivation', { motifRequis: true, message: (v) => `Version ${v.libelle || v.id} réactivée : elle est de nouveau active.` }));

// a rollback from the list itself: no need to open the version (and wait for the DMN editor) in an emergency
function proposerReactivation(version) {
  const boite = $('reactivation-rapide');
  $('reactivation-rapide-version').textContent = version.libelle || version.id;
  $('reactivation-rapide-motif').value = '';
  dire('reactivation-rapide-etat', '');
  boite.dataset.id = version.id;
  boite.showModal();
  $('reactivation-rapide-motif').focus();
}

$('reactivation-rapide-annuler').addEventListener('click', () => $('reactivation-rapide').close());
$('reactivation-rapide-confirmer').addEventListener('click', async () => {
  const boite = $('reactivation-rapide');
  const motif = $('reactivation-rapide-motif').value.trim();
  if (!motif) {
    dire('reactivation-rapide-etat', 'Indiquez le motif du retour arrière.');
    $('reactivation-rapide-motif').focus();
    return;
  }
  dire('reactivation-rapide-etat', 'Réactivation…');
  try {
    const version = await agir(boite.dataset.id, 'reactivation', motif);
    boite.close();
    dire('versions-etat', `Version ${version.libelle || version.id} réactivée : elle décide de nouveau les nouveaux dossiers.`);
    if (etat.version && etat.version.id === version.id) {
      etat.version = version;
      majFaits();
      majActions();
    }
    await chargerVersions();
    journal.charger();
  } catch (e) {
    dire('reactivation-rapide-etat', messageErreur(e));
  }
});

chargerVersions().then(() => journal.charger());

// The ministry page: a scenario created with POST /api/scenarios, watched until solved, its result and
// candidates shown, two scenarios compared.
import { envoyer, intitules } from './commun.js';
import { AdoptionScenario, proposerVersions } from './adoption-scenario.js';
import { ChoixImposes } from './imposes-scenario.js';
import { CandidatsScenario } from './candidats-scenario.js';
import { lireFormulaire } from './champs.js';
import { ListeScenarios } from './liste-scenarios.js';
import { ComparaisonScenarios } from './comparaison-scenarios.js';
import { soumettre } from './erreurs.js';
import { RegionsChoisies } from './regions-choisies.js';
import { ResultatScenario } from './resultat-scenario.js';
import { SuiviScenario } from './suivi-scenario.js';

const libelle = intitules();
const form = document.getElementById('form-scenario');
const resume = document.getElementById('resume-erreurs');
const etat = document.getElementById('etat-creation');
for (const bloc of form.querySelectorAll('.regions-choisies')) {
  new RegionsChoisies(bloc, libelle);
}
const resultat = new ResultatScenario(document.getElementById('resultat-scenario'), libelle);
const imposes = new ChoixImposes(document.getElementById('resultat-scenario'), libelle, async (vue) => {
  enregistres.charger(0);
  comparaison.proposer();
  await ouvrir(vue.id);
}, (id) => (candidats.vue && candidats.vue.id === id ? candidats.explications : null));
const candidats = new CandidatsScenario(document.getElementById('candidats'), libelle, (c) => imposes.controles(c));
const adoption = new AdoptionScenario(document.getElementById('suivi'), libelle, () => enregistres.charger());
const comparaison = new ComparaisonScenarios(document.getElementById('comparaison'), libelle);
let statutSuivi = null;
const suivi = new SuiviScenario(document.getElementById('suivi'), {
  quandEtat(vue) {
    if (statutSuivi === 'EN_COURS' && vue.statut !== 'EN_COURS') {
      comparaison.proposer(); // its status in the list of scenarios changed
      enregistres.charger();
    }
    statutSuivi = vue.statut;
    resultat.afficher(vue);
    adoption.afficher(vue);
    imposes.afficher(vue);
    if (vue.statut === 'EN_COURS') {
      candidats.attendre();
    } else if (vue.resultat) {
      candidats.charger(vue);
    }
  },
});

const enregistres = new ListeScenarios(document.getElementById('enregistres'), ouvrir, (id, action) => {
  comparaison.proposer(); // the drop-downs show names, and offer only stored scenarios
  if (suivi.id !== id) {
    return;
  }
  if (action === 'supprime') {
    suivi.fermer();
    history.replaceState(null, '', '/scenarios');
  } else {
    suivi.ouvrir(id); // its new name in the title
  }
});

async function ouvrir(id) {
  history.replaceState(null, '', `/scenarios?id=${encodeURIComponent(id)}`);
  candidats.attendre();
  await suivi.ouvrir(id);
  document.getElementById('suivi').focus();
}

/** The scenario as the API takes it: JSON with a campaign as source, or the CSV file with the parameters in the query. */
async function creer() {
  const { nom, parametres = {} } = lireFormulaire(form);
  if (form.elements.origine.value === 'campagne') {
    const version = document.getElementById('source-version').value;
    return envoyer('/api/scenarios', { nom, parametres, source: { campagne: document.getElementById('source-campagne').value,
      ...(version ? { version } : {}) } });
  }
  const fichier = document.getElementById('fichier-csv').files[0];
  const requete = new URLSearchParams();
  if (nom !== undefined) {
    requete.append('nom', nom);
  }
  for (const [cle, valeur] of Object.entries(parametres)) {
    if (valeur !== null && typeof valeur === 'object') {
      Object.entries(valeur).forEach(([region, n]) => requete.append(cle, `${region}:${n}`));
    } else {
      requete.append(cle, String(valeur));
    }
  }
  return envoyer(`/api/scenarios?${requete}`, fichier ? await fichier.text() : '', 'text/csv');
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  soumettre({
    form,
    resume,
    bouton: document.getElementById('lancer'),
    etat,
    enCours: 'Création du scénario…',
    action: async () => {
      const vue = await creer();
      etat.textContent = `Scénario « ${vue.nom} » lancé.`;
      comparaison.proposer();
      enregistres.charger(0);
      await ouvrir(vue.id);
    },
    refus: {
      champs: 'Le scénario n\'a pas été accepté : corrigez les champs signalés',
      autre: 'Le scénario n\'a pas pu être lancé',
    },
  });
});

// choosing a file or a campaign chooses where the candidates come from
document.getElementById('fichier-csv').addEventListener('change', () => { form.elements.origine.value = 'csv'; });
document.getElementById('source-campagne').addEventListener('change', () => { form.elements.origine.value = 'campagne'; });
document.getElementById('source-version').addEventListener('change', () => { form.elements.origine.value = 'campagne'; });
proposerVersions(document.getElementById('source-version'));

comparaison.proposer();
enregistres.charger(0);
const demande = new URLSearchParams(location.search).get('id');
if (demande) {
  ouvrir(demande);
}

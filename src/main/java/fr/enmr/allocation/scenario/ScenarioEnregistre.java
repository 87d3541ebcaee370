package fr.enmr.allocation.scenario;

/**
 * A scenario as kept in the store: what it asks, how far it got, and which service instance
 * solves it (so that a restarted instance knows which interrupted scenarios were its own).
 */
public record ScenarioEnregistre(Scenario scenario, Avancement avancement, String instance) {

    public String id() {
        return scenario.id();
    }

    public ScenarioEnregistre avec(Avancement nouvel) {
        return new ScenarioEnregistre(scenario, nouvel, instance);
    }

    public ScenarioEnregistre renomme(String nom) {
        return new ScenarioEnregistre(scenario.avecNom(nom), avancement, instance);
    }
}

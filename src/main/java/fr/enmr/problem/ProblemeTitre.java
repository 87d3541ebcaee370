package fr.enmr.problem;

/** A problem+json answer of its own shape (a part of the API with extra fields): its title is the refusal's reason. */
public interface ProblemeTitre {

    String title();
}

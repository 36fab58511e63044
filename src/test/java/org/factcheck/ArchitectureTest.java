package org.factcheck;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the README's Architecture section, checked on the compiled classes: the core is pure; its clients
 * (the command line, the web layer, the evaluation, the service) enter it by one door; the store and the service
 * know nothing of their callers. Plain JUnit tests rather than {@code @ArchTest} fields, which
 * Surefire 3.5.3 does not run: Surefire runs and filters these like any other test.
 */
class ArchitectureTest {
    /**
     * The core's clients: the command line, the web layer, the evaluation and the service. (The store reads reports
     * and also folds finding texts the way the analysis does, so that carried-over findings match.)
     */
    private static final String[] CLIENTS = {"org.factcheck.cli..", "org.factcheck.web..", "org.factcheck.eval..",
            "org.factcheck.service.."};

    /**
     * What a client may use of the core: the checker, its request and rule descriptions ({@code org.factcheck.core}
     * itself, not its sub-packages), the report, the one exception of a draft that cannot be checked, and the one
     * exception of a rules folder that does not compile (which {@code Checker.open} and {@code reload} throw).
     */
    private static final DescribedPredicate<JavaClass> CORE_DOOR = resideInAPackage("org.factcheck.core")
            .or(resideInAPackage("org.factcheck.core.report.."))
            .or(classOrNested("org.factcheck.core.extract.DraftException"))
            .or(classOrNested("org.factcheck.core.rules.RuleSetException"))
            .as("the core's door (org.factcheck.core, core.report, DraftException, RuleSetException)");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factcheck");
    }

    @Test
    void theCoreIsPure() {
        noClasses().that().resideInAPackage("org.factcheck.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factcheck.web..", "org.factcheck.store..",
                        "org.factcheck.service..", "org.factcheck.cli..", "org.factcheck.eval..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "org.eclipse.jetty..", "org.h2..", "org.flywaydb..")
                .because("the core is the pipeline alone: no web, no database, no caller")
                .check(classes);
    }

    @Test
    void clientsEnterTheCoreByItsDoor() {
        noClasses().that().resideInAnyPackage(CLIENTS)
                .should().dependOnClassesThat(resideInAPackage("org.factcheck.core..").and(not(CORE_DOOR)))
                .because("the core's clients see only the Checker, the Report and the exceptions of a draft or a rules "
                        + "folder")
                .check(classes);
    }

    @Test
    void theStoreKnowsNoCaller() {
        noClasses().that().resideInAPackage("org.factcheck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factcheck.web..", "org.factcheck.cli..",
                        "org.factcheck.service..")
                .check(classes);
    }

    @Test
    void theServiceKnowsNoCaller() {
        noClasses().that().resideInAPackage("org.factcheck.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factcheck.web..", "org.factcheck.cli..",
                        "jakarta.servlet..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> classOrNested(String name) {
        return DescribedPredicate.describe(name, c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
    }
}

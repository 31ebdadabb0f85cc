package nl.schoolverzuim.testsupport;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The engine of the model tests: the BPMN and DMN files alone, with Spring beans replaced by mocks. */
public final class Modeltest {

    private Modeltest() {
    }

    public static ProcessEngineExtension engine() {
        return ProcessEngineExtension.builder().configurationResource("modeltest.camunda.cfg.xml").build();
    }
}

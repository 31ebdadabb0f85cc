/**
 * Engine extensions: the only package that may use Camunda's internal API (org.camunda.bpm.engine.impl.*); each use
 * is pinned by a test of what it assumes.
 */
package nl.schoolverzuim.engine;

/**
 * The domain basics every capability shares: the verzuimsoorten, working days and MAS deadlines, the school year and
 * age rules, the names of the process variables, and the exceptions by which the domain refuses bad input, an unknown
 * id or a missing right. Depends on no capability package; {@link nl.schoolverzuim.domein.Termijnen} reads its table
 * through the engine extensions.
 */
package nl.schoolverzuim.domein;

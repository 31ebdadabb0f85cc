/**
 * The domain basics every capability shares: the verzuimsoorten, working days and MAS deadlines, the school year and
 * age rules, the names of the process variables, the exceptions by which the domain refuses bad input, an unknown
 * id or a missing right, and {@link nl.schoolverzuim.domein.NaBewaartermijn}, by which each capability removes its own
 * rows of a werkproces whose retention ended. Depends on no capability package; {@link nl.schoolverzuim.domein.Termijnen} reads its table
 * through the engine extensions.
 */
package nl.schoolverzuim.domein;

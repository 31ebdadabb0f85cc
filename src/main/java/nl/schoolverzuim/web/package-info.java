/**
 * Web plumbing shared by the capability packages' pages: the one page layout's model (who is logged in, which links
 * their role may use). Each capability keeps its own controllers and templates.
 */
package nl.schoolverzuim.web;

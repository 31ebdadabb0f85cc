/** The start page at {@code /}: per role the pages and webapps the user may use, and their open work in numbers. */
package nl.schoolverzuim.start;

/**
 * The live presentation: an advisor presents a published scan's findings full screen, one per slide; the
 * organisation's directors join on their own screens, follow the advisor's slide by server push, see who is
 * watching, and react (agree, doubt, a question), which the advisor sees live and which stays with the finding.
 * Screens hear of each other only through {@link nl.onderstroom.presentation.PresentationChannel}.
 */
package nl.onderstroom.presentation;

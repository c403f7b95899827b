package nl.onderstroom.demo;

import java.util.List;
import java.util.Map;
import nl.onderstroom.scan.IdentityQuestions;

/**
 * What the demo's respondents and directors write: the stories about Verkoop and Operatie, ICT and Klantenservice,
 * the undercurrents, the answers on identity, and the answers to the advisor's own open question. Data only;
 * {@link DemoRespondents} draws from it.
 */
final class DemoTexts {

    static final List<String> STORIES_VERKOOP_OPERATIE = List.of(
            "Orders komen bij Operatie binnen zonder de afspraken die wij met de klant maakten. Dan beginnen de telefoontjes.",
            "We horen pas dat een levering niet lukt als de klant al boos belt.",
            "Operatie zegt nee voordat we klaar zijn met uitleggen.",
            "Er is geen vast overleg meer sinds de reorganisatie; alles gaat via mail en niemand voelt zich eigenaar.",
            "Wij beloven snelheid, zij plannen op efficiëntie. Niemand heeft dat verschil ooit hardop besproken.",
            "Ik weet eerlijk gezegd niet wie ik bij Operatie moet bellen.",
            "De deur staat open, maar er loopt niemand doorheen.",
            "Een spoedorder voelt daar als een persoonlijke belediging.",
            "Als ik een planner spreek, is het altijd via Klantenservice.",
            "We get the blame for promises we never made; nobody on their side checks the order with us first.",
            "Vorig jaar hadden we een weekstart samen. Die is stilletjes verdwenen.",
            "Ik hoor van de klant eerder wat Operatie besloten heeft dan van Operatie zelf.");
    static final List<String> STORIES_OPERATIE_VERKOOP = List.of(
            "Verkoop verkoopt wat wij niet kunnen maken en wij mogen het oplossen.",
            "Specificaties veranderen na de order. Dat hoor je op de werkvloer pas als het al misgaat.",
            "Ze komen alleen langs als er iets brandt.",
            "Er zijn twee planningen: die van Verkoop en de echte.",
            "We zitten in hetzelfde gebouw en praten elkaar nauwelijks.",
            "Goede mensen, maar we werken langs elkaar heen.",
            "Bij de koffieautomaat gaat het goed; in het werk stokt het.",
            "Sales targets change every quarter, our machines don't.",
            "Een levertijd wordt aan de klant genoemd voordat iemand ons gebeld heeft.",
            "Elke maand dezelfde discussie over voorrang, en niemand die knoopt doorhakt.",
            "Als er iets misgaat, staat Verkoop bij de directie voordat wij het weten.",
            "Ze vragen nooit wat er wél kan.");
    static final List<String> STORIES_ICT = List.of(
            "Tickets verdwijnen in een zwart gat; je hoort niets tot het ineens opgelost is.",
            "ICT bouwt mooie dingen, maar vraagt ons niet wat we nodig hebben.",
            "Als je iemand van ICT kent, gaat het snel. Anders niet.",
            "Ze zijn heel hecht als team, maar voor ons voelt het als een eiland.",
            "Het nieuwe systeem kwam zonder dat iemand van de werkvloer het had gezien.",
            "Great people, but they speak a language of their own.",
            "Een vraag aan ICT moet via een formulier, en het formulier begrijpt niemand.",
            "Pas toen de storing twee dagen duurde, kwam er iemand kijken.",
            "Ik weet niet wat ICT eigenlijk allemaal doet, en zij niet wat wij doen.",
            "Ze lossen het op, maar leggen nooit uit wat er mis was.");
    static final List<String> STORIES_KLANTENSERVICE = List.of(
            "Klantenservice weet altijd wie je moet hebben.",
            "Zonder Klantenservice zouden Verkoop en Operatie elkaar nooit spreken.",
            "Ze vangen veel op wat elders blijft liggen.",
            "Als ik vastloop, bel ik eerst Klantenservice; die kennen iedereen.",
            "They translate between what the customer wants and what we can make.",
            "Hun teamleider zit bij elk overleg dat ertoe doet, ook als het niet over hen gaat.",
            "Ze zijn snel, maar het kost ze zichtbaar veel.",
            "Het enige dagelijkse overleg dat echt werkt, is dat met Klantenservice.",
            "Klantenservice merkt problemen als eerste en zegt het ook.",
            "Soms lijkt het alsof zij het hele bedrijf aan elkaar knopen.");
    static final List<String> UNDERCURRENTS = List.of(
            "Iedereen is loyaal aan de eigen afdeling; het geheel heeft geen eigenaar.",
            "We zijn moe van de veranderingen. Er is nooit iets afgemaakt voor het volgende begint.",
            "Kritiek geven voelt als illoyaal zijn.",
            "Er wordt veel vergaderd, maar de echte besluiten vallen in de wandelgang.",
            "Successen worden niet gevierd, fouten worden onthouden.",
            "Werkdruk is normaal geworden; niemand zegt er nog iets van.",
            "Wie het hardst roept, krijgt voorrang.",
            "Nobody says it out loud, but everyone knows which department wins every argument.",
            "De oude garde en de nieuwe mensen leven in twee verschillende bedrijven.",
            "We zeggen dat de klant centraal staat, maar intern staat de eigen planning centraal.",
            "Er is angst om fouten toe te geven sinds de laatste reorganisatie.",
            "Men vertrouwt elkaar persoonlijk, maar niet elkaars afdeling.",
            "Beslissingen worden teruggedraaid als de juiste persoon gaat klagen.",
            "Het gaat over samenwerken, maar beloond wordt alleen het eigen resultaat.",
            "Mensen die kritisch zijn, worden stil na een tijdje.",
            "Iedereen werkt hard, maar niemand weet waar het naartoe gaat.");
    static final Map<String, List<String>> IDENTITY = Map.of(
            IdentityQuestions.Open.WHY.questionKey(), List.of("Om onze klanten zorgen uit handen te nemen.", "Omdat we goede producten betaalbaar maken.",
                    "Geen idee eerlijk gezegd.", "Om geld te verdienen voor de eigenaar."),
            IdentityQuestions.Open.FOR_WHOM.questionKey(), List.of("Voor de klant.", "Voor onze vaste klanten in de regio.", "Voor elkaar."),
            IdentityQuestions.Open.GREAT_AT.questionKey(), List.of("Snel schakelen als het moet.", "Vakmanschap op de werkvloer.", "Klanten helpen als er iets misgaat."),
            IdentityQuestions.Open.GOOD_AT.questionKey(), List.of("Plannen.", "Nieuwe klanten binnenhalen.", "Systemen bouwen."),
            IdentityQuestions.Open.CANNOT.questionKey(), List.of("Samenwerken over de afdelingsgrenzen.", "Dingen afmaken.", "Nee zeggen tegen klanten."));
    static final Map<String, List<String>> INTENDED = Map.of(
            IdentityQuestions.Open.WHY.questionKey(), List.of("Wij maken het werk van onze klanten eenvoudiger, met producten die gewoon werken.",
                    "Wij nemen klanten zorgen uit handen, met producten waarop ze kunnen bouwen."),
            IdentityQuestions.Open.FOR_WHOM.questionKey(), List.of("Voor middelgrote bedrijven die op ons willen bouwen.", "Voor klanten die betrouwbaarheid boven de laagste prijs zetten."),
            IdentityQuestions.Open.GREAT_AT.questionKey(), List.of("Betrouwbaar leveren wat we beloven.", "Samen oplossen wat de klant vraagt."),
            IdentityQuestions.Open.GOOD_AT.questionKey(), List.of("Innoveren.", "Nieuwe markten aanboren."),
            IdentityQuestions.Open.CANNOT.questionKey(), List.of("Massaproductie tegen de laagste prijs.", "Alles tegelijk."));

    static final List<String> OWN_TEXTS = List.of(
            "Eén vast moment per week met Verkoop, ook als er niets brandt.",
            "Minder mail, meer even langslopen.",
            "Afspraken met de klant pas bevestigen als de planning ze heeft gezien.",
            "Fouten bespreken zonder schuldige te zoeken.",
            "Nieuwe collega's een dag laten meelopen bij een andere afdeling.",
            "Stoppen met projecten die niemand meer trekt.",
            "De planning zichtbaar maken voor iedereen, niet alleen voor Operatie.",
            "Vaker vragen wat de klant er eigenlijk van vindt.",
            "Eerst afmaken waar we mee bezig zijn.",
            "Start a shared channel with ICT instead of tickets.",
            "Duidelijk maken wie waarover beslist.",
            "Successen vieren, ook kleine.",
            "Overdrachten tussen diensten op papier zetten.",
            "Een aanspreekpunt per afdeling dat iedereen kent.",
            "Niet elke klantwens direct ja zeggen.",
            "Meer tijd voor inwerken, minder voor rapportages.",
            "Samen met Klantenservice kijken naar de klachten van deze maand.",
            "Let people finish their work before the next priority lands.",
            "Eerlijk zeggen wat niet kan.",
            "De weekstart met Verkoop terugbrengen.",
            "Iemand van ICT een dag per week bij ons laten zitten.",
            "Minder overleg, betere besluiten.",
            "Werkdruk bespreekbaar maken in het teamoverleg.",
            "Klantafspraken centraal vastleggen in plaats van in ieders mailbox.",
            "Leidinggevenden vaker op de werkvloer.",
            "Bij een verandering uitleggen waarom, niet alleen wat.",
            "Een vaste contactpersoon bij Financiën voor vragen over facturen.",
            "Elkaar bedanken als iets goed gaat.",
            "Ask us before a new system is bought.",
            "Minder uitzonderingen, meer vaste afspraken.",
            "Samen de top-5 knelpunten kiezen en die echt oplossen.",
            "De verkoopprognose delen met de inkoop en de planning.",
            "Weer een gezamenlijke lunch met alle afdelingen.",
            "Het intranet bijhouden, of ermee stoppen.",
            "Afdelingsdoelen die elkaar niet tegenwerken.",
            "Spreekuur van de directie, zonder agenda.",
            "Klantenservice structureel betrekken bij productkeuzes.",
            "Minder brandjes blussen, meer vooruit plannen.",
            "Durven zeggen dat iets niet goed gaat.",
            "Een gedeelde kalender voor leveringen.");

    private DemoTexts() {
    }
}

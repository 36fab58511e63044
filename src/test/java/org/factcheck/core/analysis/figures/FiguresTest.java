package org.factcheck.core.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.factcheck.TestSupport;
import org.factcheck.core.analysis.Analyzer;
import org.factcheck.core.compare.Figures;
import org.factcheck.core.facts.Amount;
import org.factcheck.core.facts.Figure;
import org.junit.jupiter.api.Test;

/** Percentages, what they measure and their role, and the figures that state their arithmetic, on sentences written for these tests. */
class FiguresTest {
    private static List<Figure> read(String language, String text) {
        return TestSupport.analyze(text, language, LocalDate.of(2025, 11, 25))
                .figures();
    }

    private static List<String> figures(String language, String text) {
        return read(language, text).stream()
                .map(f -> f.kind().key() + " " + f.span().text() + " = " + String.valueOf(Figures.rounded(f.value())).replaceAll("\\.0$", "")
                        + (f.quantity() != null ? " " + f.quantity() : ""))
                .toList();
    }

    /** Each figure as "text: role key [qualifier] (verb direction)"; a dash for what is unknown. */
    private static List<String> roles(String language, String text) {
        return read(language, text).stream()
                .map(f -> f.span().text() + ": " + (f.role() == null ? null : f.role().key()) + " " + (f.quantityKey() == null ? "-" : f.quantityKey())
                        + (f.qualifier().isEmpty() ? "" : " [" + f.qualifier() + "]")
                        + (f.verb() == null ? "" : " (" + f.verb() + " " + f.direction().key() + ")")
                        + (f.approximate() ? " ~" : ""))
                .toList();
    }

    @Test
    void frenchPercentagesInEveryWriting() {
        assertEquals(List.of("percent 10,5 % = 10.5", "percent dix pour cent = 10", "percent 45 % = 45 des voix",
                        "points 3 points de pourcentage = 3", "share 1 200 sur 4 000, soit 30 % = 30"),
                figures("fr", "Une hausse de 10,5 % puis de dix pour cent. Elle a eu 45 % des voix, soit 3 points de "
                        + "pourcentage de plus. Au total, 1 200 sur 4 000, soit 30 %, ont répondu."));
    }

    @Test
    void englishPercentagesAndChanges() {
        assertEquals(List.of("percent 10 percent = 10", "percent 7.5 per cent = 7.5", "change from 9% to 7.5%, a 1.5-point = 1.5 Unemployment",
                        "share 1,200 of 4,000, or 30% = 30"),
                figures("en", "Prices rose 10 percent, then 7.5 per cent. Unemployment fell from 9% to 7.5%, a 1.5-point "
                        + "drop. In all, 1,200 of 4,000, or 30%, replied."));
    }

    @Test
    void sharesStatedWithTheirWholeFirstOrInBrackets() {
        assertEquals(List.of("share Sur les 1 240 entreprises interrogées, 372 disent recruter, soit 30 % = 30",
                        "share 21 % (27 sur 150) = 21"),
                figures("fr", "Sur les 1 240 entreprises interrogées, 372 disent recruter, soit 30 %. Ailleurs, "
                        + "21 % (27 sur 150) le disent."));
        List<Figure> en = read("en", "Of its 1,850 trucks, 444 now run on batteries, or 24%. In 2025, 45 firms, or 3%, "
                + "closed. Of 2025, 45 were new, or 3% more.");
        assertEquals(new Figure.Share(444, 1850), en.get(0).share());
        assertEquals(List.of("share", "percent", "percent"), en.stream().map(f -> f.kind().key()).toList());
    }

    @Test
    void partsOfAnEnumerationShareTheWholeNamedOnceAcrossSentencesAndLists() {
        List<Figure> fr = read("fr", "Parmi les patients du mois, 46 % sont rentrés chez eux. 38 % ont été hospitalisés, "
                + "et 24 % n'en sont pas encore sortis. 12 % des médecins sont partis.");
        assertEquals(List.of("parmi les patients du mois", "parmi les patients du mois", "parmi les patients du mois",
                "des médecins"), fr.stream().map(Figure::quantity).toList());
        assertEquals(List.of(0, 0, 0), fr.subList(0, 3).stream().map(Figure::group).toList());
        List<Figure> list = read("en", "The results, as a share of valid votes:\n- A. Smith: 46.2%\n- B. Jones: 31.5%\n"
                + "\nTurnout was 38%.");
        assertEquals(List.of("in this list", "in this list", "Turnout"),
                list.stream().map(Figure::quantity).toList());
        // A part set against the others, or a second frame, starts no part of the first.
        List<Figure> apart = read("fr", "Parmi les élèves, 62 % ont réussi, contre 70 % qui y parvenaient avant. Parmi "
                + "les filles, 61 % ont réussi.");
        assertEquals(List.of(0, 0, 1), apart.stream().map(Figure::group).toList());
        assertEquals(List.of(true, false, true), apart.stream().map(Figure::bounded).toList());
    }

    @Test
    void amountsTheirUnitAndWhetherADeterminerTakesThemUp() {
        List<Amount> fr = TestSupport.analyze("Le projet coûtera 412 millions d'euros et emploiera 1 200 salariés. Sur "
                + "les 436 millions d'euros, la ville paiera peu. Les températures atteindront les 40 degrés, et les 79 "
                + "nouveaux tests suivent. En 2025 les ventes ont baissé pendant 3 ans.", "fr",
                LocalDate.of(2026, 1, 5)).amounts();
        assertEquals(List.of("412 millions d'euros = 4.12E8 euros", "1 200 salariés = 1200.0 personnes",
                        "436 millions d'euros = 4.36E8 euros les", "40 degrés = 40.0 degre"),
                fr.stream().map(a -> a.span().text() + " = " + a.value() + " " + a.unit() + (a.anaphoric() ? " les" : ""))
                        .toList());
        List<Amount> en = TestSupport.analyze("It will cost $74m and employ about 1,200 people. Its 1,400 workers and "
                + "250,000 electric vehicles follow.", "en", LocalDate.of(2026, 1, 5)).amounts();
        assertEquals(List.of("$74m = 7.4E7 dollars", "1,200 people = 1200.0 people ~",
                        "1,400 workers = 1400.0 people its", "250,000 electric vehicles = 250000.0 vehicle"),
                en.stream().map(a -> a.span().text() + " = " + a.value() + " " + a.unit() + (a.anaphoric() ? " its" : "")
                        + (a.approximate() ? " ~" : "")).toList());
    }

    @Test
    void percentagePointsAndFractionsThatAreShares() {
        assertEquals(List.of("percent 10% = 10", "points 2 points (de pourcentage) = 2",
                        "percent un tiers = 33.3 des électeurs", "percent la moitié = 50 des votants"),
                figures("fr", "Le parti a obtenu 10% puis a gagné 2 points (de pourcentage). Un sondage montre qu'un "
                        + "tiers des électeurs hésite et que la moitié des votants ne connaît pas les candidats. Un tiers "
                        + "de confiance n'est pas une part, pas plus que la moitié."));
        assertEquals(List.of("points 1.5 percentage points = 1.5 Turnout", "percent a third = 33.3 of voters",
                        "percent half = 50 of the vote", "percent a quarter = 25 of its staff"),
                figures("en", "Turnout climbed 1.5 percentage points. Polls say a third of voters are undecided; the "
                        + "winner needs half of the vote. The Fed raised rates by a quarter of a percentage point, and "
                        + "a quarter of its staff work remotely."));
    }

    @Test
    void frenchLevelsTheirQuantityAndQualifier() {
        assertEquals(List.of("7,4 %: level taux de chomage [france]", "25 %: level droits de douane [acier]",
                        "100 %: level droits de douane [marchandises]", "5,5 %: level tva",
                        "7 %: level taux de chomage (reculé down)"),
                roles("fr", "Le taux de chômage en France s'établit à 7,4 %. Des droits de douane de 25 % sur l'acier "
                        + "entrent en vigueur. Washington renonce aux droits de douane à 100 % sur les marchandises. La "
                        + "TVA à 5,5 % est maintenue. Le chômage a reculé à 7 %."));
    }

    @Test
    void englishLevelsTheirQuantityAndQualifier() {
        assertEquals(List.of("4.3%: level unemployment rate (rose up)", "2.9%: level inflation",
                        "10%: level tariff [steel]", "6.1%: level unemployment rate [spain]", "3%: level growth ~"),
                roles("en", "The unemployment rate rose to 4.3%. Inflation of 2.9% worries the bank. A 10% tariff on "
                        + "steel starts today. The unemployment rate in Spain is 6.1%. Growth reached nearly 3%."));
    }

    @Test
    void changesTheirWordAndQuantity() {
        assertEquals(List.of("10 %: change droits de douane [chine] (réduit down)",
                        "3 %: change taux de chomage (baissé down)", "2 %: change - (hausse up)",
                        "1,5 point: change - (gagné up)", "4 %: change - (+ up)"),
                roles("fr", "Les États-Unis ont réduit de 10 % les droits de douane sur la Chine. Le taux de chômage "
                        + "a baissé de 3 %. Les loyers sont en hausse de 2 %. La liste a gagné 1,5 point. Ventes : +4 %."));
        assertEquals(List.of("10%: change tariff [steel] (cut down)", "3%: change inflation (fell down)",
                        "5%: change - (increase up)", "2%: change - (rose up)"),
                roles("en", "The government cut tariffs on steel by 10%. Inflation fell by 3%. Analysts expect a 5% "
                        + "increase in rents. House prices rose 2% in a year."));
    }

    @Test
    void sharesAndPairsThatAreNeverLevels() {
        assertEquals(List.of("45 %: share voix", "36 %: share francais", "20 %: before-after taux de chomage (passé move)",
                        "10 %: before-after taux de chomage (passé move)", "17 %: range -"),
                roles("fr", "La liste a eu 45 % des voix et 36 % des Français l'approuvent. Le taux de chômage est "
                        + "passé de 20 % à 10 %. Il recueille entre 16 et 17 % des intentions."));
        assertEquals(List.of("3.9%: before-after unemployment rate (rose up)", "4.3%: before-after unemployment rate (rose up)",
                        "1.8%: before-after growth (slipping down)", "2%: before-after growth (slipping down)",
                        "56%: range -", "60%: range -"),
                roles("en", "The unemployment rate rose from 3.9% to 4.3%. Growth is slipping to 1.8% from 2% this "
                        + "year. Between 56% and 60% of members agree."));
    }

    /** What number.drl derives two levels from: the difference against half the last digit of the less precise one. */
    private static boolean differ(Figure x, Figure y) {
        return Math.abs(x.value() - y.value()) > 0.5 * Figures.lastDigit(x.decimals(), y.decimals()) + 1e-9;
    }

    @Test
    void figuresDifferBeyondTheRoundingOfTheLessPreciseOne() {
        List<Figure> f = read("fr", "Chômage : 7 %. Le taux est de 7,4 %. Il atteint 7,6 %. Puis 7,45 % et 7,5 %.");
        assertEquals(List.of(0, 1, 1, 2, 1), f.stream().map(Figure::decimals).toList());
        assertEquals(false, differ(f.get(0), f.get(1)));
        assertEquals(true, differ(f.get(0), f.get(2)));
        assertEquals(false, differ(f.get(3), f.get(4)));
        assertEquals(true, differ(f.get(1), f.get(2)));
    }

    @Test
    void contextsOfTimeForecastAndSource() {
        List<Figure> f = read("fr", "L'an dernier, l'inflation était de 4,9 %. L'inflation est de 2,2 %, selon l'Insee. "
                + "En 2024, l'inflation devrait atteindre 2 %.");
        assertEquals(List.of("l'an dernier", "selon insee", "2024|devrait"), f.stream().map(Figure::context).toList());
        assertEquals("", read("en", "Inflation is 2.2%.").get(0).context());
    }

    private static String points(double v, String language) {
        return TestSupport.rules().pack(language).messages().format("number.points", Map.of("figure", "x", "computed", v))
                .replaceAll(".*(?:de|is) ", "").replaceAll("\\.$", "");
    }

    @Test
    void pointsTakeTheirLanguagesNumber() {
        assertEquals("0,5 point", points(0.5, "fr"));
        assertEquals("1,5 point", points(1.5, "fr"));
        assertEquals("2 points", points(2.0, "fr"));
        assertEquals("1 point", points(1.0, "en"));
        assertEquals("0.5 points", points(0.5, "en"));
        assertEquals("3.5 points", points(3.5, "en"));
    }

    /** A number in digits as written: spaces, no-break spaces and the other mark between groups dropped. */
    @Test
    void digitsAreReadWithTheirLanguagesMarks() {
        assertEquals(1200.0, FigureExtractor.digits("1 200", ','));
        assertEquals(1200.5, FigureExtractor.digits("1\u00a0200,5", ','));
        assertEquals(3500000.0, FigureExtractor.digits("3\u202f500\u202f000", ','));
        assertEquals(1200.0, FigureExtractor.digits("1.200", ','));
        assertEquals(10.5, FigureExtractor.digits("10,5", ','));
        assertEquals(1200.5, FigureExtractor.digits("1,200.5", '.'));
        assertEquals(10.5, FigureExtractor.digits("10.5", '.'));
    }
}

package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The Dutch public holidays that are days off for the municipality, from jollyday's Netherlands calendar,
 * cached per year.
 *
 * <p>What jollyday 2.19 ({@code holidays/Holidays_nl.xml}) contains for the Netherlands:
 * <ul>
 *   <li>{@code PUBLIC_HOLIDAY}: Nieuwjaarsdag (1 Jan), Eerste and Tweede Paasdag, Koningsdag (27 Apr, moved
 *       to Saturday 26 Apr when the 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, Eerste and
 *       Tweede Pinksterdag, Eerste and Tweede Kerstdag (25/26 Dec);</li>
 *   <li>{@code OBSERVANCE}: Goede Vrijdag;</li>
 *   <li>no {@code BANK_HOLIDAY}.</li>
 * </ul>
 *
 * <p>Goede Vrijdag and Bevrijdingsdag are not days off for everyone in the Netherlands. The municipality
 * follows the CAO Gemeenten: Bevrijdingsdag is a day off every year, Goede Vrijdag is not. That is exactly
 * jollyday's {@code PUBLIC_HOLIDAY} set (it marks Bevrijdingsdag public every year since 1990 and Goede
 * Vrijdag only as an observance), so only {@code PUBLIC_HOLIDAY} counts. The tests pin both choices, so a
 * jollyday upgrade that reclassifies either day fails the build instead of silently moving deadlines.
 *
 * <p>A moved holiday counts on the day it is observed ({@link Holiday#getDate()}): Koningsdag 2025 is
 * Saturday 26 April, so it costs no werkdag. (jollyday's {@code getActualDate()} is the unmoved date.)
 */
class Feestdagen {

    private static final Set<HolidayType> VRIJE_DAGEN = EnumSet.of(HolidayType.PUBLIC_HOLIDAY);

    private final HolidayManager kalender =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private final Map<Integer, Set<LocalDate>> perJaar = new ConcurrentHashMap<>();

    boolean isVrij(LocalDate dag) {
        return perJaar.computeIfAbsent(dag.getYear(), this::vrijeDagen).contains(dag);
    }

    private Set<LocalDate> vrijeDagen(int jaar) {
        return kalender.getHolidays(Year.of(jaar)).stream()
                .filter(feestdag -> VRIJE_DAGEN.contains(feestdag.getType()))
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}

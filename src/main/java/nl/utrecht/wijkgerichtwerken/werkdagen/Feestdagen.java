package nl.utrecht.wijkgerichtwerken.werkdagen;

import java.time.LocalDate;
import java.time.Year;
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
 * Dutch public holidays from jollyday's Netherlands calendar, cached per year. Only type
 * PUBLIC_HOLIDAY counts as a day off: Nieuwjaarsdag, Pasen, Koningsdag (27 April, on a Sunday moved
 * to the Saturday), Bevrijdingsdag (every year since 1990, as in the CAO Gemeenten), Hemelvaart,
 * Pinksteren and both Kerstdagen. Goede Vrijdag is an OBSERVANCE in jollyday and a working day here.
 */
class Feestdagen {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private final Map<Integer, Set<LocalDate>> perJaar = new ConcurrentHashMap<>();

    boolean isFeestdag(LocalDate datum) {
        return perJaar.computeIfAbsent(datum.getYear(), this::laad).contains(datum);
    }

    private Set<LocalDate> laad(int jaar) {
        return manager.getHolidays(Year.of(jaar), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}

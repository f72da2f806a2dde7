package io.eventlens.query.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Turns the contract's dates (YYYY-MM-DD, or YYYY-MM for a month) into the days they cover. */
final class EventDates {

    private EventDates() {
    }

    /** The first day {@code date} covers, or null when it is absent or not a contract date. */
    static LocalDate firstDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            return date.length() == 7 ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last day {@code date} covers, or null when it is absent or not a contract date. */
    static LocalDate lastDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            return date.length() == 7 ? YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last day of an event: its end date's, else its start date's. */
    static LocalDate endsOn(String startDate, String endDate) {
        LocalDate end = lastDay(endDate);
        return end != null ? end : lastDay(startDate);
    }
}

use std::fmt;
use std::str::FromStr;

/// A calendar day whose year may be unknown.
///
/// News text often gives "Oct. 6" with no year. Such a date is written `--10-06`
/// (ISO 8601's form for a date without a year); a full date is written `2015-10-06`.
/// Day-of-month is validated (`--02-29` is allowed only because some year has it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: Option<i32>,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// Days since Monday: Monday is 0, Sunday is 6.
    pub fn index(self) -> u8 {
        self as u8
    }

    fn from_index(i: u8) -> Weekday {
        use Weekday::*;
        [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday][usize::from(i % 7)]
    }
}

/// Why a text is not a [`PartialDate`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {input:?}: expected YYYY-MM-DD or --MM-DD")]
pub struct DateError {
    input: String,
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

impl PartialDate {
    /// A date, or `None` if the month or day is out of range. Years outside 1..=9999 are
    /// refused, since they cannot be written as four digits.
    pub fn new(year: Option<i32>, month: u32, day: u32) -> Option<PartialDate> {
        if let Some(y) = year {
            if !(1..=9999).contains(&y) {
                return None;
            }
        }
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// The year, if known.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// The same day in `year`. February 29 in a year without one becomes February 28.
    pub fn with_year(&self, year: i32) -> PartialDate {
        let day = self.day.min(days_in_month(Some(year), self.month));
        PartialDate { year: Some(year), month: self.month, day }
    }

    /// The day of the week, if the year is known.
    pub fn weekday(&self) -> Option<Weekday> {
        let days = self.days_since_epoch()?;
        // 1970-01-01 was a Thursday (index 3).
        Some(Weekday::from_index((days + 3).rem_euclid(7) as u8))
    }

    /// The date `n` days later (or earlier, for negative `n`), if the year is known.
    pub fn add_days(&self, n: i64) -> Option<PartialDate> {
        let (y, m, d) = civil_from_days(self.days_since_epoch()? + n);
        PartialDate::new(Some(i32::try_from(y).ok()?), m, d)
    }

    /// The latest day on or before this one that falls on `weekday`, if the year is known.
    /// This is how "said Tuesday" resolves against a publication date.
    pub fn latest(&self, weekday: Weekday) -> Option<PartialDate> {
        let today = self.weekday()?;
        let back = (i64::from(today.index()) - i64::from(weekday.index())).rem_euclid(7);
        self.add_days(-back)
    }

    fn days_since_epoch(&self) -> Option<i64> {
        let y = i64::from(self.year?);
        Some(days_from_civil(y, i64::from(self.month), i64::from(self.day)))
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{:04}-{:02}-{:02}", y, self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// Parses `YYYY-MM-DD` or `--MM-DD`, the forms [`Display`](fmt::Display) writes.
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let err = || DateError { input: s.to_string() };
        let num = |t: &str, n: usize| -> Option<u32> {
            (t.len() == n && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok())?
        };
        let (year, rest) = match s.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = s.split_once('-').ok_or_else(err)?;
                (Some(num(y, 4).ok_or_else(err)? as i32), rest)
            }
        };
        let (m, d) = rest.split_once('-').ok_or_else(err)?;
        let (m, d) = (num(m, 2).ok_or_else(err)?, num(d, 2).ok_or_else(err)?);
        PartialDate::new(year, m, d).ok_or_else(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect(s)
    }

    #[test]
    fn parse_and_display_round_trip() {
        for s in ["2015-10-07", "--10-06", "2016-02-29", "--02-29", "0001-01-01"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    #[test]
    fn parse_rejects_malformed() {
        for s in ["", "2015-13-01", "2015-02-29", "15-10-07", "2015-1-07", "--1006", "x-10-07"] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(d("2015-10-07").weekday(), Some(Weekday::Wednesday));
        assert_eq!(d("1970-01-01").weekday(), Some(Weekday::Thursday));
        assert_eq!(d("2000-02-29").weekday(), Some(Weekday::Tuesday));
        assert_eq!(d("--10-07").weekday(), None);
    }

    #[test]
    fn latest_weekday_on_or_before() {
        let wed = d("2015-10-07");
        assert_eq!(wed.latest(Weekday::Tuesday), Some(d("2015-10-06")));
        assert_eq!(wed.latest(Weekday::Wednesday), Some(wed));
        assert_eq!(wed.latest(Weekday::Thursday), Some(d("2015-10-01")));
        assert_eq!(d("2016-03-01").add_days(-1), Some(d("2016-02-29")));
        assert_eq!(d("2015-12-31").add_days(1), Some(d("2016-01-01")));
    }

    #[test]
    fn with_year_clamps_leap_day() {
        assert_eq!(d("--02-29").with_year(2015), d("2015-02-28"));
        assert_eq!(d("--02-29").with_year(2016), d("2016-02-29"));
    }
}

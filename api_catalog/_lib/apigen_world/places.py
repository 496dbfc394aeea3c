"""Real places the world is set in: cities with their airport, coordinates, standard UTC
offset (no daylight saving: the world keeps one offset per city) and currency."""

# name, country, country code, IATA, airport, lat, lon, IANA zone, UTC offset (h), currency,
# population (thousands)
CITIES = [
    ("New York", "United States", "US", "JFK", "John F. Kennedy International", 40.7128, -74.006, "America/New_York", -5, "USD", 8336),
    ("Los Angeles", "United States", "US", "LAX", "Los Angeles International", 34.0522, -118.2437, "America/Los_Angeles", -8, "USD", 3899),
    ("Chicago", "United States", "US", "ORD", "O'Hare International", 41.8781, -87.6298, "America/Chicago", -6, "USD", 2746),
    ("San Francisco", "United States", "US", "SFO", "San Francisco International", 37.7749, -122.4194, "America/Los_Angeles", -8, "USD", 815),
    ("Miami", "United States", "US", "MIA", "Miami International", 25.7617, -80.1918, "America/New_York", -5, "USD", 449),
    ("Seattle", "United States", "US", "SEA", "Seattle-Tacoma International", 47.6062, -122.3321, "America/Los_Angeles", -8, "USD", 749),
    ("Boston", "United States", "US", "BOS", "Logan International", 42.3601, -71.0589, "America/New_York", -5, "USD", 654),
    ("Denver", "United States", "US", "DEN", "Denver International", 39.7392, -104.9903, "America/Denver", -7, "USD", 716),
    ("Toronto", "Canada", "CA", "YYZ", "Toronto Pearson International", 43.6532, -79.3832, "America/Toronto", -5, "CAD", 2794),
    ("Vancouver", "Canada", "CA", "YVR", "Vancouver International", 49.2827, -123.1207, "America/Vancouver", -8, "CAD", 662),
    ("Mexico City", "Mexico", "MX", "MEX", "Benito Juárez International", 19.4326, -99.1332, "America/Mexico_City", -6, "MXN", 9209),
    ("São Paulo", "Brazil", "BR", "GRU", "Guarulhos International", -23.5505, -46.6333, "America/Sao_Paulo", -3, "BRL", 11451),
    ("Buenos Aires", "Argentina", "AR", "EZE", "Ministro Pistarini International", -34.6037, -58.3816, "America/Argentina/Buenos_Aires", -3, "ARS", 3121),
    ("London", "United Kingdom", "GB", "LHR", "Heathrow", 51.5074, -0.1278, "Europe/London", 0, "GBP", 8866),
    ("Manchester", "United Kingdom", "GB", "MAN", "Manchester Airport", 53.4808, -2.2426, "Europe/London", 0, "GBP", 568),
    ("Dublin", "Ireland", "IE", "DUB", "Dublin Airport", 53.3498, -6.2603, "Europe/Dublin", 0, "EUR", 592),
    ("Paris", "France", "FR", "CDG", "Charles de Gaulle", 48.8566, 2.3522, "Europe/Paris", 1, "EUR", 2103),
    ("Lyon", "France", "FR", "LYS", "Lyon-Saint Exupéry", 45.764, 4.8357, "Europe/Paris", 1, "EUR", 522),
    ("Berlin", "Germany", "DE", "BER", "Berlin Brandenburg", 52.52, 13.405, "Europe/Berlin", 1, "EUR", 3755),
    ("Munich", "Germany", "DE", "MUC", "Munich Airport", 48.1351, 11.582, "Europe/Berlin", 1, "EUR", 1512),
    ("Frankfurt", "Germany", "DE", "FRA", "Frankfurt Airport", 50.1109, 8.6821, "Europe/Berlin", 1, "EUR", 773),
    ("Amsterdam", "Netherlands", "NL", "AMS", "Schiphol", 52.3676, 4.9041, "Europe/Amsterdam", 1, "EUR", 918),
    ("Brussels", "Belgium", "BE", "BRU", "Brussels Airport", 50.8503, 4.3517, "Europe/Brussels", 1, "EUR", 1222),
    ("Zurich", "Switzerland", "CH", "ZRH", "Zurich Airport", 47.3769, 8.5417, "Europe/Zurich", 1, "CHF", 443),
    ("Vienna", "Austria", "AT", "VIE", "Vienna International", 48.2082, 16.3738, "Europe/Vienna", 1, "EUR", 1982),
    ("Prague", "Czechia", "CZ", "PRG", "Václav Havel Airport", 50.0755, 14.4378, "Europe/Prague", 1, "CZK", 1357),
    ("Warsaw", "Poland", "PL", "WAW", "Warsaw Chopin", 52.2297, 21.0122, "Europe/Warsaw", 1, "PLN", 1863),
    ("Copenhagen", "Denmark", "DK", "CPH", "Copenhagen Airport", 55.6761, 12.5683, "Europe/Copenhagen", 1, "DKK", 653),
    ("Stockholm", "Sweden", "SE", "ARN", "Stockholm Arlanda", 59.3293, 18.0686, "Europe/Stockholm", 1, "SEK", 984),
    ("Oslo", "Norway", "NO", "OSL", "Oslo Gardermoen", 59.9139, 10.7522, "Europe/Oslo", 1, "NOK", 709),
    ("Madrid", "Spain", "ES", "MAD", "Adolfo Suárez Madrid-Barajas", 40.4168, -3.7038, "Europe/Madrid", 1, "EUR", 3332),
    ("Barcelona", "Spain", "ES", "BCN", "Josep Tarradellas Barcelona-El Prat", 41.3874, 2.1686, "Europe/Madrid", 1, "EUR", 1636),
    ("Lisbon", "Portugal", "PT", "LIS", "Humberto Delgado", 38.7223, -9.1393, "Europe/Lisbon", 0, "EUR", 545),
    ("Rome", "Italy", "IT", "FCO", "Leonardo da Vinci-Fiumicino", 41.9028, 12.4964, "Europe/Rome", 1, "EUR", 2761),
    ("Milan", "Italy", "IT", "MXP", "Milan Malpensa", 45.4642, 9.19, "Europe/Rome", 1, "EUR", 1371),
    ("Athens", "Greece", "GR", "ATH", "Athens International", 37.9838, 23.7275, "Europe/Athens", 2, "EUR", 643),
    ("Istanbul", "Turkey", "TR", "IST", "Istanbul Airport", 41.0082, 28.9784, "Europe/Istanbul", 3, "TRY", 15655),
    ("Dubai", "United Arab Emirates", "AE", "DXB", "Dubai International", 25.2048, 55.2708, "Asia/Dubai", 4, "AED", 3604),
    ("Cairo", "Egypt", "EG", "CAI", "Cairo International", 30.0444, 31.2357, "Africa/Cairo", 2, "EGP", 10230),
    ("Nairobi", "Kenya", "KE", "NBO", "Jomo Kenyatta International", -1.2921, 36.8219, "Africa/Nairobi", 3, "KES", 4397),
    ("Cape Town", "South Africa", "ZA", "CPT", "Cape Town International", -33.9249, 18.4241, "Africa/Johannesburg", 2, "ZAR", 4772),
    ("Mumbai", "India", "IN", "BOM", "Chhatrapati Shivaji Maharaj International", 19.076, 72.8777, "Asia/Kolkata", 5.5, "INR", 12442),
    ("Delhi", "India", "IN", "DEL", "Indira Gandhi International", 28.7041, 77.1025, "Asia/Kolkata", 5.5, "INR", 16787),
    ("Singapore", "Singapore", "SG", "SIN", "Changi", 1.3521, 103.8198, "Asia/Singapore", 8, "SGD", 5454),
    ("Bangkok", "Thailand", "TH", "BKK", "Suvarnabhumi", 13.7563, 100.5018, "Asia/Bangkok", 7, "THB", 10539),
    ("Hong Kong", "China", "HK", "HKG", "Hong Kong International", 22.3193, 114.1694, "Asia/Hong_Kong", 8, "HKD", 7413),
    ("Tokyo", "Japan", "JP", "HND", "Haneda", 35.6762, 139.6503, "Asia/Tokyo", 9, "JPY", 13960),
    ("Osaka", "Japan", "JP", "KIX", "Kansai International", 34.6937, 135.5023, "Asia/Tokyo", 9, "JPY", 2752),
    ("Seoul", "South Korea", "KR", "ICN", "Incheon International", 37.5665, 126.978, "Asia/Seoul", 9, "KRW", 9776),
    ("Sydney", "Australia", "AU", "SYD", "Sydney Kingsford Smith", -33.8688, 151.2093, "Australia/Sydney", 10, "AUD", 5312),
    ("Melbourne", "Australia", "AU", "MEL", "Melbourne Airport", -37.8136, 144.9631, "Australia/Melbourne", 10, "AUD", 5078),
    ("Auckland", "New Zealand", "NZ", "AKL", "Auckland Airport", -36.8485, 174.7633, "Pacific/Auckland", 12, "NZD", 1657),
]

FIRST_NAMES = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah", "Ryan", "Laura", "Jacob", "Rebecca", "Nicholas", "Sharon", "Eric", "Cynthia", "Jonathan", "Kathleen", "Aisha", "Mateo", "Sofia", "Liam", "Olivia", "Noah", "Emma", "Lucas", "Chloe", "Hiroshi", "Yuki", "Priya", "Arjun", "Fatima", "Omar", "Elena", "Marco", "Giulia", "Lars", "Ingrid", "Pierre", "Camille", "Diego", "Valentina", "Chen", "Mei", "Kwame", "Amara", "Sven", "Freya", "Tomás", "Lucía", "Hannah", "Jonas", "Nadia", "Ivan", "Anya", "Kenji", "Sakura", "Rahul", "Ananya"]

LAST_NAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Müller", "Schmidt", "Rossi", "Bianchi", "Dubois", "Moreau", "Silva", "Santos", "Tanaka", "Suzuki", "Kim", "Park", "Patel", "Sharma", "Okafor", "Mensah", "Johansson", "Andersson", "Nielsen", "Novak", "Kowalski", "Ivanova", "Haddad", "Rahman", "Costa", "Ferreira", "Fischer", "Weber"]

STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Lake", "Hill", "Park", "River", "Mill", "Church", "High", "Market", "Station", "Bridge", "King", "Queen", "Garden", "Harbor", "Spring", "Willow", "Chestnut", "Meadow", "Sunset", "Forest", "Victoria", "Orchard", "Union"]

STREET_KINDS = ["Street", "Avenue", "Road", "Lane", "Boulevard", "Way"]

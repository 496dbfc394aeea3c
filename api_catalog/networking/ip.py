"""IP addressing and subnet maths (IPv4 and IPv6)."""

import ipaddress
from typing import Annotated

Addr = Annotated[str, {"minLength": 2, "maxLength": 45}]
Cidr = Annotated[str, {"pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"}]


def cidr_info(cidr: Cidr) -> dict[str, object]:
    """Network details of a CIDR block.

    Args:
        cidr: The network in CIDR notation, e.g. 192.168.1.0/24.

    Returns:
        network, broadcast, netmask, prefix length, address count and usable host range.

    Examples:
        Give me the details of 192.168.1.0/24. => {"cidr": "192.168.1.0/24"}
        How many addresses are in 10.0.0.0/22? => {"cidr": "10.0.0.0/22"}
        netmask and broadcast for 172.16.32.0/20 => {"cidr": "172.16.32.0/20"}
        Our office VPN hands out addresses from 10.8.0.0/21. What's the usable host range? => {"cidr": "10.8.0.0/21"}
        Could you break down 203.0.113.64/26 for me: network, broadcast and host count? => {"cidr": "203.0.113.64/26"}
        I'm trying to figure out the first and last usable IP of 192.168.50.128/25. => {"cidr": "192.168.50.128/25"}
        The new switch arrived this morning. Before I configure it, what does 10.20.30.0/23 cover? => {"cidr": "10.20.30.0/23"}
        How big is the IPv6 block 2001:db8:abcd::/48? => {"cidr": "2001:db8:abcd::/48"}
        Summarise 10.42.0.0/16 for me: mask, first and last host, total size. => {"cidr": "10.42.0.0/16"}
        Wondering which addresses 172.31.64.0/18 spans from start to end. => {"cidr": "172.31.64.0/18"}
        subnet breakdown of 192.168.200.0/27 => {"cidr": "192.168.200.0/27"}
        Before assigning static IPs on 10.3.16.0/20, I'd like to know where its host range begins and ends. => {"cidr": "10.3.16.0/20"}
    Incomplete:
        What's the broadcast address of my subnet?
        How many usable hosts does our office network have?
    """
    net = ipaddress.ip_network(cidr, strict=False)
    usable = net.num_addresses - 2 if net.version == 4 and net.prefixlen < 31 else net.num_addresses
    first = net.network_address + (1 if net.version == 4 and net.prefixlen < 31 else 0)
    last = net.broadcast_address - (1 if net.version == 4 and net.prefixlen < 31 else 0)
    return {
        "network": str(net.network_address), "broadcast": str(net.broadcast_address), "netmask": str(net.netmask),
        "prefix_length": net.prefixlen, "num_addresses": net.num_addresses, "usable_hosts": usable,
        "first_host": str(first), "last_host": str(last), "version": net.version,
    }


def ip_in_network(ip: Addr, cidr: Cidr) -> bool:
    """Whether an IP address belongs to a network.

    Args:
        ip: The address, e.g. 10.1.2.3.
        cidr: The network in CIDR notation.

    Returns:
        True if the address is inside the network.

    Examples:
        Is 10.1.2.3 in 10.0.0.0/8? => {"ip": "10.1.2.3", "cidr": "10.0.0.0/8"}
        Does 192.168.2.10 belong to 192.168.1.0/24? => {"ip": "192.168.2.10", "cidr": "192.168.1.0/24"}
        172.16.40.7 inside 172.16.0.0/12? => {"ip": "172.16.40.7", "cidr": "172.16.0.0/12"}
        A login came from 203.0.113.77 and our allowlist is 203.0.113.0/25. Is that address covered? => {"ip": "203.0.113.77", "cidr": "203.0.113.0/25"}
        Please check whether 10.50.3.200 falls inside 10.50.0.0/22. => {"ip": "10.50.3.200", "cidr": "10.50.0.0/22"}
        I'm not sure if the printer at 192.168.10.250 sits on the 192.168.8.0/22 network. => {"ip": "192.168.10.250", "cidr": "192.168.8.0/22"}
        Firewall rules again, sigh. Does 100.64.12.9 fall within 100.64.0.0/10? => {"ip": "100.64.12.9", "cidr": "100.64.0.0/10"}
        Is 2001:db8:0:1::25 part of 2001:db8::/32? => {"ip": "2001:db8:0:1::25", "cidr": "2001:db8::/32"}
        Would traffic from 10.20.5.14 match a rule written for 10.20.0.0/16? => {"ip": "10.20.5.14", "cidr": "10.20.0.0/16"}
        membership test: 192.168.5.77 against 192.168.4.0/23 => {"ip": "192.168.5.77", "cidr": "192.168.4.0/23"}
        Tell me if the host 172.20.9.1 lies within the 172.20.8.0/21 block. => {"ip": "172.20.9.1", "cidr": "172.20.8.0/21"}
        If a server sits at 198.51.100.140, is it covered by the route 198.51.100.128/26? => {"ip": "198.51.100.140", "cidr": "198.51.100.128/26"}
    Incomplete:
        Is this address inside our company network?
        Does my laptop's address belong to the guest subnet?
    """
    return ipaddress.ip_address(ip) in ipaddress.ip_network(cidr, strict=False)


def split_subnet(cidr: Cidr, new_prefix: Annotated[int, {"minimum": 1, "maximum": 128}]) -> list[str]:
    """Split a network into subnets of a longer prefix (at most 1024 subnets).

    Args:
        cidr: The network to split.
        new_prefix: Prefix length of the subnets (longer than the network's).

    Returns:
        The subnets in CIDR notation.

    Examples:
        Split 192.168.0.0/24 into /26 subnets. => {"cidr": "192.168.0.0/24", "new_prefix": 26}
        Divide 10.10.0.0/16 into /18 networks. => {"cidr": "10.10.0.0/16", "new_prefix": 18}
        subnets of 172.20.0.0/20 at /23 => {"cidr": "172.20.0.0/20", "new_prefix": 23}
        I have 10.100.0.0/22 to share between branch offices, and each should get a /24. List the subnets. => {"cidr": "10.100.0.0/22", "new_prefix": 24}
        Could you carve 192.168.64.0/19 into /21 blocks? => {"cidr": "192.168.64.0/19", "new_prefix": 21}
        I want to see what /27 subnets I'd get out of 198.51.100.0/24. => {"cidr": "198.51.100.0/24", "new_prefix": 27}
        We're migrating the lab this weekend. Please break 10.0.128.0/17 into /20 networks. => {"cidr": "10.0.128.0/17", "new_prefix": 20}
        For the new data centre I need 10.64.0.0/18 cut into /22 pieces. => {"cidr": "10.64.0.0/18", "new_prefix": 22}
        How many /25 networks fit in 10.30.0.0/23, and which are they? => {"cidr": "10.30.0.0/23", "new_prefix": 25}
        Break up 172.24.0.0/21 into /24 subnets so every VLAN gets its own. => {"cidr": "172.24.0.0/21", "new_prefix": 24}
        every /28 inside 192.168.10.0/26 => {"cidr": "192.168.10.0/26", "new_prefix": 28}
        If I chop 10.128.0.0/14 into /16 slices, which networks do I end up with? => {"cidr": "10.128.0.0/14", "new_prefix": 16}
    Incomplete:
        Split our network into smaller subnets.
        How would I divide the office range into equal subnets?
    """
    net = ipaddress.ip_network(cidr, strict=False)
    if new_prefix <= net.prefixlen or new_prefix > net.max_prefixlen:
        raise ValueError(f"new_prefix must be between {net.prefixlen + 1} and {net.max_prefixlen}")
    if new_prefix - net.prefixlen > 10:
        raise ValueError("that would make more than 1024 subnets")
    return [str(s) for s in net.subnets(new_prefix=new_prefix)]


def ip_to_integer(ip: Addr) -> int:
    """Integer value of an IPv4 or IPv6 address.

    Args:
        ip: The address.

    Returns:
        The address as an integer.

    Examples:
        Convert 192.168.1.1 to an integer. => {"ip": "192.168.1.1"}
        What's the numeric value of 10.0.0.255? => {"ip": "10.0.0.255"}
        8.8.4.4 as integer => {"ip": "8.8.4.4"}
        Our database stores IPs as numbers, so what integer should I store for 172.16.254.1? => {"ip": "172.16.254.1"}
        Please give me the decimal form of 203.0.113.9. => {"ip": "203.0.113.9"}
        I'm wondering what 127.0.0.1 looks like as a single number. => {"ip": "127.0.0.1"}
        The log parser chokes on dotted addresses, so: what's 100.72.15.3 as an integer? => {"ip": "100.72.15.3"}
        Integer value of the IPv6 address 2001:db8::ff00:42:8329? => {"ip": "2001:db8::ff00:42:8329"}
        Turn 10.0.12.34 into one unsigned number. => {"ip": "10.0.12.34"}
        How would 192.0.2.45 be written as a decimal integer? => {"ip": "192.0.2.45"}
        decimal equivalent of 172.31.5.250 => {"ip": "172.31.5.250"}
        For an inet_aton-style lookup table, I'd like 198.51.100.23 expressed as an integer. => {"ip": "198.51.100.23"}
    Incomplete:
        Convert my machine's address to an integer.
        What's the numeric value of our gateway address?
    """
    return int(ipaddress.ip_address(ip))


def integer_to_ipv4(value: Annotated[int, {"minimum": 0, "maximum": 4294967295}]) -> str:
    """Dotted-quad IPv4 address of a 32-bit integer.

    Args:
        value: The integer, 0 to 4294967295.

    Returns:
        The IPv4 address.

    Examples:
        Which IPv4 address is 3232235777? => {"value": 3232235777}
        Convert 16909060 to an IP address. => {"value": 16909060}
        2130706433 to dotted quad => {"value": 2130706433}
        Our logs store client IPs as integers, and one entry says 3405803785. What address is that? => {"value": 3405803785}
        Could you turn 167772161 into dotted-decimal notation? => {"value": 167772161}
        I'm trying to decode 2886794753 back into an IP. => {"value": 2886794753}
        Weird firewall export today. It lists 134744072; which IPv4 address is that? => {"value": 134744072}
        What dotted IP corresponds to the number 3758096384? => {"value": 3758096384}
        Decode the integer 3221225985 into an IPv4 address. => {"value": 3221225985}
        dotted notation for 2886729729 => {"value": 2886729729}
        If a database column holds 3232238090, which address does it represent? => {"value": 3232238090}
        Wondering what 167837953 looks like as a normal IP. => {"value": 167837953}
    Incomplete:
        Convert this integer to an IP address.
        Which IP address does the number in my log stand for?
    """
    return str(ipaddress.IPv4Address(value))


def classify_ip(ip: Addr) -> dict[str, object]:
    """Classify an address: private, loopback, multicast, reserved, global.

    Args:
        ip: The IPv4 or IPv6 address.

    Returns:
        version and boolean flags.

    Examples:
        Is 172.16.5.4 a private address? => {"ip": "172.16.5.4"}
        What kind of address is 8.8.8.8? => {"ip": "8.8.8.8"}
        classify 169.254.10.20 => {"ip": "169.254.10.20"}
        A device on our network shows up as 100.64.3.7 and I don't recognise the range. Is it private, global or something else? => {"ip": "100.64.3.7"}
        Please tell me whether 239.255.255.250 is a multicast address. => {"ip": "239.255.255.250"}
        I'm not sure whether 127.0.0.53 counts as loopback. => {"ip": "127.0.0.53"}
        New ISP, new headaches. Is 81.2.69.142 a public, routable address? => {"ip": "81.2.69.142"}
        What type of address is fe80::a1b2:3c4d:5e6f:7a8b? => {"ip": "fe80::a1b2:3c4d:5e6f:7a8b"}
        Tell me whether 10.44.2.19 is public or private. => {"ip": "10.44.2.19"}
        Should 192.0.2.200 be treated as reserved, private or globally routable? => {"ip": "192.0.2.200"}
        address category of 224.0.0.251 => {"ip": "224.0.0.251"}
        Before whitelisting 52.14.88.3 in our firewall, I'd like to know what sort of address it is. => {"ip": "52.14.88.3"}
    Incomplete:
        Is the address my router handed out private or public?
        What kind of address did our router assign to the printer?
    """
    a = ipaddress.ip_address(ip)
    return {"version": a.version, "is_private": a.is_private, "is_global": a.is_global, "is_loopback": a.is_loopback, "is_multicast": a.is_multicast, "is_link_local": a.is_link_local, "is_reserved": a.is_reserved}


def summarize_range(first_ip: Addr, last_ip: Addr) -> list[str]:
    """Smallest set of CIDR blocks covering an address range.

    Args:
        first_ip: First address of the range.
        last_ip: Last address of the range (inclusive).

    Returns:
        The covering networks in CIDR notation.

    Examples:
        Which CIDR blocks cover 192.168.1.0 to 192.168.1.130? => {"first_ip": "192.168.1.0", "last_ip": "192.168.1.130"}
        Summarize the range 10.0.0.0 - 10.0.3.255. => {"first_ip": "10.0.0.0", "last_ip": "10.0.3.255"}
        CIDR list for 172.16.0.0 through 172.16.5.255 => {"first_ip": "172.16.0.0", "last_ip": "172.16.5.255"}
        Our cloud provider gave us 203.0.113.16 to 203.0.113.47 for the firewall. What prefixes do I enter? => {"first_ip": "203.0.113.16", "last_ip": "203.0.113.47"}
        Could you express the range 10.1.0.0 to 10.1.2.255 as CIDR networks? => {"first_ip": "10.1.0.0", "last_ip": "10.1.2.255"}
        I need the smallest set of subnets that covers everything from 192.168.100.64 up to 192.168.100.191. => {"first_ip": "192.168.100.64", "last_ip": "192.168.100.191"}
        I'm half asleep, so help me out: convert 100.64.0.0 - 100.64.255.255 into CIDR. => {"first_ip": "100.64.0.0", "last_ip": "100.64.255.255"}
        Need a CIDR cover: first address 198.51.100.0, last 198.51.100.99. => {"first_ip": "198.51.100.0", "last_ip": "198.51.100.99"}
        Turn the span 10.5.0.0 to 10.5.7.255 into as few prefixes as possible. => {"first_ip": "10.5.0.0", "last_ip": "10.5.7.255"}
        How do I write 192.168.3.32 through 192.168.3.95 in CIDR form? => {"first_ip": "192.168.3.32", "last_ip": "192.168.3.95"}
        minimal CIDR set, 172.18.4.0 - 172.18.9.255 => {"first_ip": "172.18.4.0", "last_ip": "172.18.9.255"}
        If our ACL only accepts prefixes, what entries cover 198.51.100.10 up to 198.51.100.60? => {"first_ip": "198.51.100.10", "last_ip": "198.51.100.60"}
    Incomplete:
        Summarize the address range our provider assigned as a set of blocks.
        Which blocks cover the whole address pool we were given?
    """
    a, b = ipaddress.ip_address(first_ip), ipaddress.ip_address(last_ip)
    if a.version != b.version:
        raise ValueError("both addresses must be the same IP version")
    return [str(n) for n in ipaddress.summarize_address_range(a, b)]  # type: ignore[arg-type]


def expand_ipv6(ip: Addr) -> dict[str, str]:
    """Full and compressed forms of an IPv6 address.

    Args:
        ip: The IPv6 address in any valid form.

    Returns:
        exploded and compressed forms.

    Examples:
        Expand the IPv6 address 2001:db8::1. => {"ip": "2001:db8::1"}
        Show the full form of fe80::1ff:fe23:4567:890a. => {"ip": "fe80::1ff:fe23:4567:890a"}
        full form of ::1 => {"ip": "::1"}
        Since our router config wants addresses written out in full, what's 2001:db8:85a3::8a2e:370:7334 expanded? => {"ip": "2001:db8:85a3::8a2e:370:7334"}
        Please give me both the exploded and compressed forms of 2001:0db8:0000:0000:0000:ff00:0042:8329. => {"ip": "2001:0db8:0000:0000:0000:ff00:0042:8329"}
        I'm matching log entries and need fd12:3456:789a:1::1 written out with all its zeros. => {"ip": "fd12:3456:789a:1::1"}
        The migration to dual-stack finally started today. Could you expand 2606:4700:4700::1111 for me? => {"ip": "2606:4700:4700::1111"}
        What's the compressed form of 2001:0db8:0000:0000:0000:0000:0000:0001? => {"ip": "2001:0db8:0000:0000:0000:0000:0000:0001"}
        Write 2001:db8:a::25 out with every zero shown. => {"ip": "2001:db8:a::25"}
        How does fe80::21a:2bff:fe3c:4d5e look when fully expanded? => {"ip": "fe80::21a:2bff:fe3c:4d5e"}
        exploded version of 2600:1f18::7 => {"ip": "2600:1f18::7"}
        For a regex that expects eight groups of four hex digits, I'd like 2a00:1450:4001::200e written out. => {"ip": "2a00:1450:4001::200e"}
    Incomplete:
        Expand my address to its full form, zeros included.
        Show me the long form of our server's address.
    """
    a = ipaddress.IPv6Address(ip)
    return {"exploded": a.exploded, "compressed": a.compressed}


def prefix_to_netmask(prefix_length: Annotated[int, {"minimum": 0, "maximum": 32}]) -> dict[str, object]:
    """IPv4 netmask and wildcard mask of a prefix length.

    Args:
        prefix_length: The prefix length, 0-32.

    Returns:
        netmask, wildcard mask and number of addresses.

    Examples:
        What netmask is a /20? => {"prefix_length": 20}
        Convert prefix length 27 to a subnet mask. => {"prefix_length": 27}
        /29 netmask => {"prefix_length": 29}
        The ISP gave us a /28 and the old router only takes a dotted subnet mask. What do I type? => {"prefix_length": 28}
        Could you give me the subnet mask and wildcard for a /22? => {"prefix_length": 22}
        I always forget which mask goes with /19. Can you remind me? => {"prefix_length": 19}
        Setting up my home lab tonight. What's the dotted-decimal mask for prefix 25? => {"prefix_length": 25}
        What wildcard mask would I use in an ACL for a /30? => {"prefix_length": 30}
        Which dotted subnet mask matches a /24 prefix? => {"prefix_length": 24}
        mask for prefix length 21 => {"prefix_length": 21}
        Translate /26 into its netmask and wildcard. => {"prefix_length": 26}
        If a route is listed as /17, how would its mask look in dotted decimal? => {"prefix_length": 17}
    Incomplete:
        What's the subnet mask for my prefix length?
        Convert the CIDR prefix of our network to a dotted netmask.
    """
    net = ipaddress.IPv4Network(f"0.0.0.0/{prefix_length}")
    return {"netmask": str(net.netmask), "wildcard": str(net.hostmask), "num_addresses": net.num_addresses}


def hosts_needed_prefix(hosts: Annotated[int, {"minimum": 1, "maximum": 16777214}]) -> dict[str, object]:
    """Smallest IPv4 subnet that fits a number of hosts.

    Args:
        hosts: Number of usable host addresses needed.

    Returns:
        prefix_length, netmask and usable_hosts.

    Examples:
        What subnet size do I need for 50 hosts? => {"hosts": 50}
        Smallest prefix that fits 500 devices? => {"hosts": 500}
        subnet for 12 hosts => {"hosts": 12}
        We're adding a guest Wi-Fi that needs room for 200 phones and laptops. What prefix length should the subnet be? => {"hosts": 200}
        Please tell me the smallest IPv4 subnet that can hold 1000 hosts. => {"hosts": 1000}
        I'm sizing a VLAN for 90 cameras and wondering what mask I'd need. => {"hosts": 90}
        The new floor opens next month with 30 desks, a PC each. What's the smallest subnet that fits them? => {"hosts": 30}
        How big a network do I need for 6000 usable addresses? => {"hosts": 6000}
        Which prefix length leaves room for 120 usable hosts? => {"hosts": 120}
        mask that fits 400 devices => {"hosts": 400}
        If a VLAN must hold 60 machines, how small can the subnet be? => {"hosts": 60}
        Pick the tightest IPv4 block with at least 2500 host addresses. => {"hosts": 2500}
    Incomplete:
        What subnet size do I need for our new office?
        How long a prefix should I use for the guest network?
    """
    prefix = 30
    while prefix > 0 and 2 ** (32 - prefix) - 2 < hosts:
        prefix -= 1
    return {"prefix_length": prefix, "netmask": str(ipaddress.IPv4Network(f"0.0.0.0/{prefix}").netmask), "usable_hosts": 2 ** (32 - prefix) - 2}

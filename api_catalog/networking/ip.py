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
        Smallest prefix for 500 devices (hosts)? => {"hosts": 500}
    """
    prefix = 30
    while prefix > 0 and 2 ** (32 - prefix) - 2 < hosts:
        prefix -= 1
    return {"prefix_length": prefix, "netmask": str(ipaddress.IPv4Network(f"0.0.0.0/{prefix}").netmask), "usable_hosts": 2 ** (32 - prefix) - 2}

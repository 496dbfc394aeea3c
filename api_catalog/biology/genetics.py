"""Molecular biology and genetics."""

from collections import Counter
from itertools import product
from typing import Annotated

DNA = Annotated[str, {"pattern": "^[ACGTacgt]+$", "maxLength": 100000}]
RNA = Annotated[str, {"pattern": "^[ACGUacgu]+$", "maxLength": 100000}]

_CODONS = {
    "UUU": "F", "UUC": "F", "UUA": "L", "UUG": "L", "CUU": "L", "CUC": "L", "CUA": "L", "CUG": "L",
    "AUU": "I", "AUC": "I", "AUA": "I", "AUG": "M", "GUU": "V", "GUC": "V", "GUA": "V", "GUG": "V",
    "UCU": "S", "UCC": "S", "UCA": "S", "UCG": "S", "CCU": "P", "CCC": "P", "CCA": "P", "CCG": "P",
    "ACU": "T", "ACC": "T", "ACA": "T", "ACG": "T", "GCU": "A", "GCC": "A", "GCA": "A", "GCG": "A",
    "UAU": "Y", "UAC": "Y", "UAA": "*", "UAG": "*", "CAU": "H", "CAC": "H", "CAA": "Q", "CAG": "Q",
    "AAU": "N", "AAC": "N", "AAA": "K", "AAG": "K", "GAU": "D", "GAC": "D", "GAA": "E", "GAG": "E",
    "UGU": "C", "UGC": "C", "UGA": "*", "UGG": "W", "CGU": "R", "CGC": "R", "CGA": "R", "CGG": "R",
    "AGU": "S", "AGC": "S", "AGA": "R", "AGG": "R", "GGU": "G", "GGC": "G", "GGA": "G", "GGG": "G",
}


def reverse_complement(sequence: DNA) -> str:
    """Reverse complement of a DNA strand.

    Args:
        sequence: The DNA sequence (A, C, G, T).

    Returns:
        The reverse complement, upper case.

    Examples:
        What is the reverse complement of ATGCGTAC? => {"sequence": "ATGCGTAC"}
        Reverse-complement the DNA strand GATTACA. => {"sequence": "GATTACA"}
        reverse complement TTGACCGTAAGC => {"sequence": "TTGACCGTAAGC"}
        I designed a forward primer, AGCTTGCAGGTC, and need the reverse complement to work out the other strand. Can you give it to me? => {"sequence": "AGCTTGCAGGTC"}
        Please give me the reverse complement of the sequence ATGCCCGTAA. => {"sequence": "ATGCCCGTAA"}
        Before I order oligos tomorrow I want to double-check something: what's the reverse complement of GGATCCATGAAC? => {"sequence": "GGATCCATGAAC"}
        Do you know what the reverse complementary strand of TACGGCTTAG reads? => {"sequence": "TACGGCTTAG"}
        If one strand of the duplex is CCTAGGATTACG, what is the other strand read in the usual direction? => {"sequence": "CCTAGGATTACG"}
        Give the opposite strand of AATCGGTACC, read in the standard direction. => {"sequence": "AATCGGTACC"}
        revcomp for CTTAGGCAATG => {"sequence": "CTTAGGCAATG"}
        Which sequence pairs with GCCATTAGTC when read in the reverse direction? => {"sequence": "GCCATTAGTC"}
        To design the reverse primer, I'd like the reverse complement of TGGACTTCAGCA. => {"sequence": "TGGACTTCAGCA"}
    Incomplete:
        What's the reverse complement of my primer?
        Reverse-complement this strand for me, please.
    """
    return sequence.upper().translate(str.maketrans("ACGT", "TGCA"))[::-1]


def transcribe_dna(sequence: DNA) -> str:
    """Transcribe DNA (coding strand) to messenger RNA.

    Args:
        sequence: The DNA coding-strand sequence.

    Returns:
        The RNA sequence (T replaced by U), upper case.

    Examples:
        Transcribe the DNA sequence ATGGCCATTGTAATG into RNA. => {"sequence": "ATGGCCATTGTAATG"}
        What mRNA comes from TTAGGC? => {"sequence": "TTAGGC"}
        DNA to RNA: GCTAGCTTAAC => {"sequence": "GCTAGCTTAAC"}
        Can you convert the coding strand ATGAAACGCATTAGC into its mRNA sequence? => {"sequence": "ATGAAACGCATTAGC"}
        I'm studying for a genetics quiz. If the coding strand is TACGGATCCA, what does the transcribed RNA look like? => {"sequence": "TACGGATCCA"}
        Please transcribe ATGGTGCACCTGACT to messenger RNA. => {"sequence": "ATGGTGCACCTGACT"}
        Which RNA would be transcribed from the coding strand GGCATTCAGT? => {"sequence": "GGCATTCAGT"}
        I'm not sure I swapped the bases right: what's the mRNA for ATGCCCTTTGGA? => {"sequence": "ATGCCCTTTGGA"}
        Turn the coding-strand sequence ATGTCGAAGCTT into its RNA transcript. => {"sequence": "ATGTCGAAGCTT"}
        mRNA transcript of GGATCCTTAGCA => {"sequence": "GGATCCTTAGCA"}
        If RNA polymerase copies a gene whose coding strand reads TTCAGGACTGAT, what messenger RNA results? => {"sequence": "TTCAGGACTGAT"}
        Show me what ATGAGTCCATTG becomes after swapping T for U. => {"sequence": "ATGAGTCCATTG"}
    Incomplete:
        Transcribe my coding strand into mRNA.
        What mRNA would my coding strand give?
    """
    return sequence.upper().replace("T", "U")


def translate_rna(sequence: RNA, stop_at_stop_codon: bool = True) -> str:
    """Translate mRNA to a protein (one-letter amino-acid codes).

    Args:
        sequence: The RNA sequence; read in frame from the first base.
        stop_at_stop_codon: Stop at the first stop codon; otherwise write * for stops.

    Returns:
        The amino-acid sequence.

    Examples:
        Translate the mRNA AUGGCCAUUGUAAUGGGCCGCUGA into protein. => {"sequence": "AUGGCCAUUGUAAUGGGCCGCUGA"}
        What protein does AUGUUUUAAGGG code for, reading through stop codons? => {"sequence": "AUGUUUUAAGGG", "stop_at_stop_codon": false}
        mRNA to protein AUGGCUUCUAAAGGA => {"sequence": "AUGGCUUCUAAAGGA"}
        Which amino acids does AUGCGUACGUUAGCA encode? => {"sequence": "AUGCGUACGUUAGCA"}
        Translate my transcript AUGAAAGGCUAGCCC all the way through, going past the stop codon and marking stops with *. => {"sequence": "AUGAAAGGCUAGCCC", "stop_at_stop_codon": false}
        Please translate AUGUGGCAUUAGUUCGAA into one-letter amino-acid codes, stopping at the first stop codon. => {"sequence": "AUGUGGCAUUAGUUCGAA", "stop_at_stop_codon": true}
        My lab partner sequenced an mRNA, AUGGAGCUCAAGUGA, and wants to know the peptide it codes for. => {"sequence": "AUGGAGCUCAAGUGA"}
        Mind telling me the amino-acid sequence encoded by AUGCCGACCUAUGCA? => {"sequence": "AUGCCGACCUAUGCA"}
        Decode AUGCAUGGAUUCUAA codon by codon into a peptide. => {"sequence": "AUGCAUGGAUUCUAA"}
        protein from AUGACUGGGUAACCU, continuing past stops and marking them with * => {"sequence": "AUGACUGGGUAACCU", "stop_at_stop_codon": false}
        How would a ribosome read AUGGGAUCCAAGUAG, in single-letter amino-acid codes? => {"sequence": "AUGGGAUCCAAGUAG"}
        For my biochem worksheet, which peptide sequence is specified by AUGUCUGCAGAUUGG? => {"sequence": "AUGUCUGCAGAUUGG"}
    Incomplete:
        Translate this mRNA into a protein sequence.
        What peptide does my transcript code for?
    """
    s = sequence.upper()
    out = []
    for i in range(0, len(s) - 2, 3):
        aa = _CODONS[s[i : i + 3]]
        if aa == "*" and stop_at_stop_codon:
            break
        out.append(aa)
    return "".join(out)


def gc_content(sequence: DNA) -> float:
    """Percentage of G and C bases in a DNA sequence.

    Args:
        sequence: The DNA sequence.

    Returns:
        GC content in percent, rounded to 4 decimals.

    Examples:
        What's the GC content of AGCTATAGCGGC? => {"sequence": "AGCTATAGCGGC"}
        GC percentage of the sequence GGGCCCAT? => {"sequence": "GGGCCCAT"}
        GC content ATGCGCGATTACCGT => {"sequence": "ATGCGCGATTACCGT"}
        How GC-rich is the fragment TTAGCCGCATGGA, in percent? => {"sequence": "TTAGCCGCATGGA"}
        I'm checking a primer before PCR: what percentage of GACCTGAGTCAGTA is G or C? => {"sequence": "GACCTGAGTCAGTA"}
        Work out the G+C percentage for ATGCGTAACGTT, please. => {"sequence": "ATGCGTAACGTT"}
        Any idea what the guanine-cytosine content of CCGATATGGCGTAACT is? => {"sequence": "CCGATATGGCGTAACT"}
        My supervisor only likes primers with balanced base composition, so what's the GC content of AGTCCGGTAACTGAC? => {"sequence": "AGTCCGGTAACTGAC"}
        Percent of G plus C in CGGATTACGTCA? => {"sequence": "CGGATTACGTCA"}
        Tell me the share of guanine and cytosine, as a percentage, in TACCGGATGCAA. => {"sequence": "TACCGGATGCAA"}
        If a probe reads GCATTCGAGGCT, how much of it is GC, percentage-wise? => {"sequence": "GCATTCGAGGCT"}
        Before ordering this oligo I'd like its GC content: ACCTGGTATCGA. => {"sequence": "ACCTGGTATCGA"}
    Incomplete:
        GC content of my sequence, please.
        Calculate the GC percentage of this primer, please.
    """
    s = sequence.upper()
    return round((s.count("G") + s.count("C")) / len(s) * 100, 4)


def count_nucleotides(sequence: DNA) -> dict[str, int]:
    """Count of each base in a DNA sequence.

    Args:
        sequence: The DNA sequence.

    Returns:
        A, C, G and T counts.

    Examples:
        Count the nucleotides in AGCTTTTCATTCTGACTGCA. => {"sequence": "AGCTTTTCATTCTGACTGCA"}
        How many of each base are in GATTACA? => {"sequence": "GATTACA"}
        base counts ACGTTGCAAGGCT => {"sequence": "ACGTTGCAAGGCT"}
        How many As, Cs, Gs and Ts does the strand CCATGGTACGATTC contain? => {"sequence": "CCATGGTACGATTC"}
        For my bioinformatics homework I need the nucleotide composition of TTGACGGCATAGCATT. Can you count each base? => {"sequence": "TTGACGGCATAGCATT"}
        Please tally the adenine, cytosine, guanine and thymine in GCATGCATTTAGA. => {"sequence": "GCATGCATTTAGA"}
        Quick one before my meeting: nucleotide counts for AAGCTTGGCCTA? => {"sequence": "AAGCTTGGCCTA"}
        I'd like to know how often each base shows up in CGTATTAGCCGAATG. => {"sequence": "CGTATTAGCCGAATG"}
        Give me the A, C, G and T counts in TGCAAGCTTACG. => {"sequence": "TGCAAGCTTACG"}
        Break down GGTACCATGATC by base: how many of each letter? => {"sequence": "GGTACCATGATC"}
        nucleotide tally for ATTGCCGATACGGA => {"sequence": "ATTGCCGATACGGA"}
        What does the base composition of CAGTTAGCATGC look like, in raw counts? => {"sequence": "CAGTTAGCATGC"}
    Incomplete:
        Count the bases in my sequence.
        How many of each nucleotide does my strand have?
    """
    c = Counter(sequence.upper())
    return {b: c.get(b, 0) for b in "ACGT"}


def find_motif(sequence: DNA, motif: Annotated[str, {"pattern": "^[ACGTacgt]+$", "maxLength": 1000}]) -> list[int]:
    """1-based positions where a motif occurs in a DNA sequence (overlaps included).

    Args:
        sequence: The DNA sequence to search.
        motif: The motif to find.

    Returns:
        The 1-based start positions.

    Examples:
        Find motif ATAT in GAATTCCGCAGAATATTATAGGGCGCAATATCGTTTACT. => {"sequence": "GAATTCCGCAGAATATTATAGGGCGCAATATCGTTTACT", "motif": "ATAT"}
        Where does TAC occur in CGGAATTCCTATAATATAAATGGCCAGCATACA? => {"sequence": "CGGAATTCCTATAATATAAATGGCCAGCATACA", "motif": "TAC"}
        positions of GAATTC in CGTCAGTGAATTCTGAATCATATGGCCATATAGTTACT => {"sequence": "CGTCAGTGAATTCTGAATCATATGGCCATATAGTTACT", "motif": "GAATTC"}
        Where are the CAG repeats in AATACGCAGAATTCTATATATATCAGTACGGCTA? I need their positions counting from the first base. => {"sequence": "AATACGCAGAATTCTATATATATCAGTACGGCTA", "motif": "CAG"}
        I'm scanning a plasmid fragment for restriction sites. Where does GGC show up in CAGAATGAATTCATATCGTATACGGCAGCGCATACCG? => {"sequence": "CAGAATGAATTCATATCGTATACGGCAGCGCATACCG", "motif": "GGC"}
        Does TATA appear in GAATTCTACTAATCAGAGGGCGATATTTCGTATA, and if so, where? => {"sequence": "GAATTCTACTAATCAGAGGGCGATATTTCGTATA", "motif": "TATA"}
        Please list every start position of AAT within AATTGTACTGGAATTCCGGATATGGCATCAGTATA, overlapping hits included. => {"sequence": "AATTGTACTGGAATTCCGGATATGGCATCAGTATA", "motif": "AAT"}
        Can you locate all occurrences of the motif CG in ATATGAATTCCGTCAGGCAATGGGCTGTACTCTATA? => {"sequence": "ATATGAATTCCGTCAGGCAATGGGCTGTACTCTATA", "motif": "CG"}
        At which 1-based positions does GATC start within TTGATCAGGATCCAGATCA? => {"motif": "GATC", "sequence": "TTGATCAGGATCCAGATCA"}
        motif CCA, sequence ACCATGCCAGGTCCATA, list start sites => {"motif": "CCA", "sequence": "ACCATGCCAGGTCCATA"}
        Show every occurrence of TTA, overlaps included, in GCTTATTAGCTTAACG. => {"motif": "TTA", "sequence": "GCTTATTAGCTTAACG"}
        For a primer-binding check, search AGGCTAGGCATAGGCT for AGG and report the positions. => {"sequence": "AGGCTAGGCATAGGCT", "motif": "AGG"}
    Incomplete:
        Find every position of a motif in my DNA sequence.
        Where does my motif occur in this genome fragment?
    """
    s, m = sequence.upper(), motif.upper()
    return [i + 1 for i in range(len(s) - len(m) + 1) if s.startswith(m, i)]


def punnett_square(parent1: Annotated[str, {"pattern": "^([A-Za-z])\\1?$|^[A-Za-z]{2}$"}], parent2: Annotated[str, {"pattern": "^[A-Za-z]{2}$"}]) -> dict[str, object]:
    """Offspring genotype and phenotype ratios for a single-gene cross.

    Args:
        parent1: Genotype of the first parent, two letters (e.g. Aa).
        parent2: Genotype of the second parent, two letters (e.g. aa).

    Returns:
        genotypes (genotype -> fraction) and dominant_phenotype_fraction.

    Examples:
        Cross Aa with Aa: what are the offspring ratios? => {"parent1": "Aa", "parent2": "Aa"}
        Punnett square for BB x bb. => {"parent1": "BB", "parent2": "bb"}
        Aa x aa punnett => {"parent1": "Aa", "parent2": "aa"}
        What fraction of the offspring of AA and Aa parents will show the dominant trait? => {"parent1": "AA", "parent2": "Aa"}
        I'm crossing two pea plants, Rr and rr. What genotype ratios should I expect in the seedlings? => {"parent1": "Rr", "parent2": "rr"}
        Our breeder is pairing a Tt dog with a TT dog. What are the chances of each genotype in the litter? => {"parent1": "Tt", "parent2": "TT"}
        Please set up a Punnett square for a cross between aa and Aa. => {"parent1": "aa", "parent2": "Aa"}
        Help me figure out which genotypes come out of crossing AA with aa, and in what proportions. => {"parent1": "AA", "parent2": "aa"}
        Expected genotype proportions when Gg is bred with gg? => {"parent1": "Gg", "parent2": "gg"}
        Mating Ee with EE, which offspring genotypes are possible and how often? => {"parent1": "Ee", "parent2": "EE"}
        Dd × Dd cross ratios => {"parent1": "Dd", "parent2": "Dd"}
        If one parent is Hh and the other is hh, what share of the children should show the dominant phenotype? => {"parent1": "Hh", "parent2": "hh"}
    Incomplete:
        Punnett square for my two pea plants: what genotype ratios will the offspring have?
        What are the offspring ratios if we cross our guinea pigs?
    """
    if len(parent1) != 2 or parent1.lower() != parent1[0].lower() * 2 or parent2.lower() != parent1[0].lower() * 2:
        raise ValueError("both parents need two alleles of the same gene, e.g. Aa and aa")
    kids = Counter("".join(sorted(a + b)) for a, b in product(parent1, parent2))
    dominant = sum(n for g, n in kids.items() if any(c.isupper() for c in g))
    return {"genotypes": {g: n / 4 for g, n in sorted(kids.items())}, "dominant_phenotype_fraction": dominant / 4}


def hardy_weinberg(recessive_phenotype_frequency: Annotated[float, {"minimum": 0, "maximum": 1}]) -> dict[str, float]:
    """Allele and genotype frequencies under Hardy-Weinberg equilibrium.

    Args:
        recessive_phenotype_frequency: Fraction of the population showing the recessive trait (q^2).

    Returns:
        p, q, and the frequencies of homozygous dominant, heterozygous and homozygous recessive.

    Examples:
        If 16% of a population shows the recessive trait, what are the allele frequencies? => {"recessive_phenotype_frequency": 0.16}
        Hardy-Weinberg frequencies when the recessive phenotype frequency is 0.04? => {"recessive_phenotype_frequency": 0.04}
        hardy-weinberg q^2 = 0.09 => {"recessive_phenotype_frequency": 0.09}
        About 25% of the snails in our pond have the recessive yellow shell. Assuming Hardy-Weinberg equilibrium, what are p and q? => {"recessive_phenotype_frequency": 0.25}
        What share of people are carriers if a recessive disorder affects 0.04% of the population? => {"recessive_phenotype_frequency": 0.0004}
        Please work out p, q and the genotype frequencies for a population where 0.36 of individuals show the recessive phenotype. => {"recessive_phenotype_frequency": 0.36}
        I'm trying to figure out how common heterozygotes are when 4% of the flowers are white and white is recessive. => {"recessive_phenotype_frequency": 0.04}
        The recessive vestigial-wing phenotype shows up at a frequency of 0.2 in my fruit fly stock. Can you give me the expected allele and genotype frequencies? => {"recessive_phenotype_frequency": 0.2}
        Given q² = 0.12, work out p, q and the three genotype frequencies. => {"recessive_phenotype_frequency": 0.12}
        In a herd where 9% of calves are born red, a recessive coat color, what fraction should be heterozygous carriers? => {"recessive_phenotype_frequency": 0.09}
        allele frequencies if the homozygous recessive class makes up 0.49 of the population => {"recessive_phenotype_frequency": 0.49}
        Assuming random mating and equilibrium, estimate 2pq when 0.0025 of newborns have the recessive condition. => {"recessive_phenotype_frequency": 0.0025}
    Incomplete:
        What are the Hardy-Weinberg allele frequencies for my population?
        Assuming Hardy-Weinberg equilibrium, how many carriers of the recessive allele are there in our herd?
    """
    q = recessive_phenotype_frequency**0.5
    p = 1 - q
    return {"p": round(p, 6), "q": round(q, 6), "homozygous_dominant": round(p * p, 6), "heterozygous": round(2 * p * q, 6), "homozygous_recessive": round(q * q, 6)}


def dna_melting_temperature(sequence: Annotated[str, {"pattern": "^[ACGTacgt]+$", "minLength": 2, "maxLength": 200}]) -> float:
    """Melting temperature of a short DNA primer (Wallace rule below 14 nt, GC formula above).

    Args:
        sequence: The primer sequence.

    Returns:
        Tm in degrees Celsius, rounded to 2 decimals.

    Examples:
        What's the melting temperature of the primer AGCTAGCTAG? => {"sequence": "AGCTAGCTAG"}
        Tm of GCGCATATGCGCATATGCGC? => {"sequence": "GCGCATATGCGCATATGCGC"}
        primer Tm ATGACCGTTAGCAAGT => {"sequence": "ATGACCGTTAGCAAGT"}
        I'm setting up a PCR. What's the melting temperature of my reverse primer, GGTCAATCGTAGCCA? => {"sequence": "GGTCAATCGTAGCCA"}
        Rough Tm in °C for the oligo ACGTTGCA? => {"sequence": "ACGTTGCA"}
        Kindly work out the melting point of the primer TGCAGGTCATGCAC. => {"sequence": "TGCAGGTCATGCAC"}
        At what temperature does the primer CCATGGAGCTTAACGGT melt? => {"sequence": "CCATGGAGCTTAACGGT"}
        I'm trying to match my primer pair, so what's the Tm of the forward one, TTAGCGGCATCAGTC? => {"sequence": "TTAGCGGCATCAGTC"}
        Estimate Tm for the oligonucleotide GACTTCGAAGTC. => {"sequence": "GACTTCGAAGTC"}
        How warm does it have to get before the primer AGGTCCATGCAGT melts off its template? => {"sequence": "AGGTCCATGCAGT"}
        melting point, primer CATGGTACCAGT, degrees C => {"sequence": "CATGGTACCAGT"}
        For choosing an annealing temperature, give me the Tm of TCAGGCTTACGGATCA. => {"sequence": "TCAGGCTTACGGATCA"}
    Incomplete:
        What's the melting temperature of my primer?
        Estimate the melting temperature of the oligo we just designed.
    """
    s = sequence.upper()
    gc, at = s.count("G") + s.count("C"), s.count("A") + s.count("T")
    if len(s) < 14:
        return float(2 * at + 4 * gc)
    return round(64.9 + 41 * (gc - 16.4) / len(s), 2)


def protein_mass(protein: Annotated[str, {"pattern": "^[ACDEFGHIKLMNPQRSTVWYacdefghiklmnpqrstvwy]+$", "maxLength": 50000}]) -> float:
    """Average molecular mass of a protein from its one-letter sequence.

    Args:
        protein: Amino-acid sequence in one-letter codes.

    Returns:
        Mass in daltons, rounded to 2 decimals.

    Examples:
        What is the molecular weight of the peptide MKWVTFISLL? => {"protein": "MKWVTFISLL"}
        Mass of the protein sequence ACDEFGHIK? => {"protein": "ACDEFGHIK"}
        MW of peptide GLSDGEWQQVLNVWGK => {"protein": "GLSDGEWQQVLNVWGK"}
        How heavy, in daltons, is the peptide YGGFM? => {"protein": "YGGFM"}
        I'm ordering a synthetic peptide, DRVYIHPF, and the supplier asks for its expected mass. Can you calculate it? => {"protein": "DRVYIHPF"}
        Please compute the average molecular mass of the sequence MAHHHHHHVDDDDK. => {"protein": "MAHHHHHHVDDDDK"}
        I need the molecular weight of KQTARKSTGGKA for a buffer calculation. => {"protein": "KQTARKSTGGKA"}
        Before running my gel I'd like to know roughly how many daltons the protein MSTNPKPQRKTKRNTNRRPQDVKFPGG weighs. => {"protein": "MSTNPKPQRKTKRNTNRRPQDVKFPGG"}
        Approximate mass in Da of the peptide LVKAGSEW? => {"protein": "LVKAGSEW"}
        Molecular weight for the sequence MTEYKLVVVG, please. => {"protein": "MTEYKLVVVG"}
        If I synthesize HGEGTFTSDL, roughly how many daltons will it weigh? => {"protein": "HGEGTFTSDL"}
        Sum of residue masses plus water for CYIQNCPLG => {"protein": "CYIQNCPLG"}
    Incomplete:
        What's the molecular weight of my peptide?
        Calculate the mass of this protein sequence in daltons.
    """
    residue = {"A": 71.0788, "C": 103.1388, "D": 115.0886, "E": 129.1155, "F": 147.1766, "G": 57.0519, "H": 137.1411, "I": 113.1594, "K": 128.1741, "L": 113.1594, "M": 131.1926, "N": 114.1038, "P": 97.1167, "Q": 128.1307, "R": 156.1875, "S": 87.0782, "T": 101.1051, "V": 99.1326, "W": 186.2132, "Y": 163.1760}
    return round(sum(residue[a] for a in protein.upper()) + 18.01528, 2)

"""The records extraction produces: frozen dataclasses with source spans.

Every record carries a :class:`Source` whose ``start``/``end`` index the raw file
as read (characters, not bytes), so ``raw[start:end] == source.text``. Stage
functions build records with offsets into the normalised text they were given;
:func:`policykg.extract.pipeline.extract_text` rebases them onto the raw file.

``to_dict()`` gives the JSON Lines shapes of ``shared/eval/README.md`` plus our
own extra fields (``id``, ``source`` …), which the scorer ignores.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from policykg.extract.patterns import squash

_T = TypeVar("_T")


def _slot_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass a constructor that fills its slots through their descriptors.

    The ``__init__`` dataclasses writes for a frozen class sets each field with
    ``object.__setattr__``, which looks the slot up again on every call; the slot's own
    descriptor, bound once, takes about half the time. Every record and every
    :class:`Source` of every file is built this way (a Source for each span placed).
    Same parameters, defaults and result; a class this cannot serve (a default factory,
    a ``__post_init__``, a field out of ``__init__`` or keyword-only, no slots) keeps its own.
    """
    fields = dataclasses.fields(cls)
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only for f in fields
    ):
        return cls
    namespace: dict[str, Any] = {}
    params, lines = [], []
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        lines.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines) + "\n"
    exec(source, namespace)  # noqa: S102 - code built from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


class Relation(str, Enum):
    """How a document refers to another one."""

    BASIS = "basis"  # 根据 / 依据 / 按照…要求
    IMPLEMENTS = "implements"  # 贯彻落实 / 为落实 / 落实…精神
    REPEALS = "repeals"  # 废止 / 同时废止 / 不再执行
    AMENDS = "amends"  # 修改 / 修订
    FORWARDS = "forwards"  # 转发
    PROMULGATES = "promulgates"  # 印发 a named plan or rules
    CITES = "cites"  # any other mention


class Role(str, Enum):
    """An agency's role on a task."""

    LEAD = "lead"  # 牵头
    SUPPORT = "support"  # 配合, or the others where a lead is named
    RESPONSIBLE = "responsible"  # named with no lead


class AgencyType(str, Enum):
    """What kind of body an agency is."""

    GOVERNMENT = "government_department"
    PARTY = "party_organ"
    SOE = "state_owned_enterprise"
    BRANCH = "central_agency_branch"
    LOWER_GOVERNMENT = "lower_level_government"
    PEOPLES_GOVERNMENT = "peoples_government"
    OTHER = "other"


@_slot_init
@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact was read: character offsets into the raw file and the quoted text."""

    start: int
    end: int
    text: str = ""
    file: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.file, "start": self.start, "end": self.end, "text": self.text}
        if self.page is not None:
            d["page"] = self.page
        return d


def _src(source: Source | None) -> dict[str, Any] | None:
    return source.to_dict() if source is not None else None


@_slot_init
@dataclass(frozen=True, slots=True)
class Gazette:
    """One gazette issue (政府公报): masthead facts."""

    title: str | None
    year: int | None = None
    issue: int | None = None
    cumulative_issue: int | None = None
    published: str | None = None
    publisher: str | None = None
    source: Source | None = None

    @property
    def key(self) -> str:
        return f"{self.title or 'gazette'}|{self.year}|{self.issue}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "gazette",
            "id": self.key,
            "title": self.title,
            "year": self.year,
            "issue": self.issue,
            "cumulative_issue": self.cumulative_issue,
            "published": self.published,
            "publisher": self.publisher,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Document:
    """One document (a notice, opinion, plan …) inside a file or gazette."""

    number: str | None
    title: str | None
    issuer: tuple[str, ...] = ()
    date: str | None = None
    effective: str | None = None
    expires: str | None = None
    doc_type: str | None = None
    addressees: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    issuer_code: str | None = None
    year: int | None = None
    serial: int | None = None
    gazette: str | None = None
    index: int = 0
    source: Source | None = None
    #: What the document is shown by: its title, else its number, else its first
    #: heading or line, else its file's name; never empty for a document read from text.
    label: str | None = None
    #: Where its own 文号 was read (the number as printed, however spaced or bracketed);
    #: None when the number came from outside the text (a portal's metadata) or is absent.
    number_source: Source | None = None
    #: The digest of its text (:func:`text_digest`), for a document known by neither
    #: number nor title.
    text_key: str | None = None

    @property
    def key(self) -> str:
        """A stable key: the canonical 文号, else issuer, date and title, else issuer, date and text."""
        return document_key(self.number, self.issuer, self.date, self.title, self.text_key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "document",
            "id": self.key,
            "number": self.number,
            "title": self.title,
            "issuer": list(self.issuer),
            "date": self.date,
            "effective": self.effective,
            "expires": self.expires,
            "doc_type": self.doc_type,
            "addressees": list(self.addressees),
            "attachments": list(self.attachments),
            "issuer_code": self.issuer_code,
            "year": self.year,
            "serial": self.serial,
            "gazette": self.gazette,
            "label": self.label,
            "source": _src(self.source),
            "number_source": _src(self.number_source),
        }


def document_key(number: str | None, issuer=(), date: str | None = None, title: str | None = None,
                 text_key: str | None = None) -> str:
    """The stable key of a document: its canonical number, else a hash of issuer, date and title.

    A document with neither number nor title is keyed by ``text_key`` (:func:`text_digest`)
    when given: by issuer and date alone every header-less text of one issuer (or of
    none) would get one key and become one document.
    """
    if number:
        return number
    if text_key and not title:
        return text_key
    return _digest(",".join(issuer or ()), date or "", title or "")


def text_digest(issuer, date: str | None, text: str) -> str:
    """The key of a document known by neither number nor title: its issuer, date and text.

    The text is the raw span it was read from with every whitespace character left out,
    so copies of one text in another file, line layout or line ending get one key.
    """
    return _digest("text", ",".join(issuer or ()), date or "", squash(text))


def _digest(*fields: str) -> str:
    """A document's hashed key: ``doc-`` and 16 hex digits of the SHA-1 of ``fields`` joined by ``|``."""
    return "doc-" + hashlib.sha1("|".join(fields).encode("utf-8")).hexdigest()[:16]


@_slot_init
@dataclass(frozen=True, slots=True)
class Citation:
    """A reference from one document to another, by number and/or title."""

    from_number: str | None
    to_number: str | None
    to_title: str | None
    relation: Relation
    to_issuer: str | None = None
    document_key: str = ""
    source: Source | None = None
    #: Where the cited 文号 was read (one mention, inside ``source`` when that mention holds it).
    to_number_source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "citation",
            "from": self.from_number,
            "from_key": self.document_key,
            "to": self.to_number,
            "to_title": self.to_title,
            "relation": self.relation.value,
            "to_issuer": self.to_issuer,
            "source": _src(self.source),
            "to_number_source": _src(self.to_number_source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Appointment:
    """A personnel decision: someone appointed to or removed from a post."""

    person: str
    action: str  # "appoint" | "remove"
    post: str
    organization: str | None
    period: str | None = None
    document: str | None = None
    document_key: str = ""
    source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "appointment",
            "person": self.person,
            "action": self.action,
            "post": self.post,
            "organization": self.organization,
            "period": self.period,
            "document": self.document,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class AgencyMention:
    """An agency named as owner of a task, with its canonical name and role."""

    name: str
    canonical: str
    role: Role
    type: AgencyType = AgencyType.OTHER
    known: bool = True  # False: well-formed but not in our name tables
    source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "canonical": self.canonical,
            "role": self.role.value,
            "type": self.type.value,
            "known": self.known,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Task:
    """The clause or run of clauses one responsibility annotation (or sentence) governs."""

    document: str | None
    text: str
    agencies: tuple[AgencyMention, ...]
    path: tuple[str, ...] = ()
    heading: str | None = None
    deadline: str | None = None
    kind: str = "annotated"  # "annotated" | "prose"
    posts: tuple[str, ...] = ()  # leadership posts named (分管副市长 …), not agencies
    open_list: bool = False  # the agency list ended with 等
    index: int = 0
    document_key: str = ""
    source: Source | None = None

    @property
    def key(self) -> str:
        return f"{self.document_key}/task/{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "task",
            "id": self.key,
            "document": self.document,
            "path": list(self.path),
            "heading": self.heading,
            "text": self.text,
            "agencies": [a.to_dict() for a in self.agencies],
            "deadline": self.deadline,
            "kind": self.kind,
            "posts": list(self.posts),
            "open_list": self.open_list,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Target:
    """A quantified objective (or a standard) a document sets."""

    document: str | None
    indicator: str
    value: float
    unit: str
    comparator: str  # ">=", ">", "<=", "<", "="
    deadline: str | None = None
    recurrence: str | None = None  # "annual" | None
    kind: str = "target"  # "target" | "standard"
    commitment: str = "planned"  # "aspirational" | "binding" | "planned"
    text: str = ""
    value_max: float | None = None  # upper end of a range (3%—5%)
    magnitude: float | None = None  # value × any 万/亿/千 prefix
    base_unit: str | None = None  # unit without the prefix
    path: tuple[str, ...] = ()
    task: str | None = None  # key of the task that holds it
    index: int = 0
    document_key: str = ""
    source: Source | None = None

    @property
    def key(self) -> str:
        return f"{self.document_key}/target/{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "target",
            "id": self.key,
            "document": self.document,
            "indicator": self.indicator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "magnitude": self.magnitude,
            "base_unit": self.base_unit,
            "comparator": self.comparator,
            "deadline": self.deadline,
            "recurrence": self.recurrence,
            "kind": self.kind,
            "commitment": self.commitment,
            "text": self.text,
            "path": list(self.path),
            "task": self.task,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Incentive:
    """A reward or subsidy a document offers (给予每家20万元奖励)."""

    document: str | None
    amount: float
    unit: str
    recipient: str | None = None
    condition: str | None = None
    amount_max: float | None = None
    cap: bool = False  # 最高 / 不超过: the amount is a ceiling
    text: str = ""
    path: tuple[str, ...] = ()
    task: str | None = None
    index: int = 0
    document_key: str = ""
    source: Source | None = None

    @property
    def key(self) -> str:
        return f"{self.document_key}/incentive/{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "incentive",
            "id": self.key,
            "document": self.document,
            "amount": self.amount,
            "amount_max": self.amount_max,
            "unit": self.unit,
            "cap": self.cap,
            "recipient": self.recipient,
            "condition": self.condition,
            "text": self.text,
            "path": list(self.path),
            "task": self.task,
            "source": _src(self.source),
        }


@_slot_init
@dataclass(frozen=True, slots=True)
class Section:
    """A numbered heading in a document's hierarchy (一、 / （一） / 1. / （1） / ①)."""

    document: str | None
    path: tuple[str, ...]
    heading: str
    document_key: str = ""
    source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "section",
            "document": self.document,
            "path": list(self.path),
            "heading": self.heading,
            "source": _src(self.source),
        }


Record = Gazette | Document | Citation | Appointment | Task | Target | Incentive | Section


#: The fields of each JSON Lines shape (by its ``type``) that quote the text: names, numbers,
#: titles, clauses. Extraction reads a text in simplified script; these are given back in the
#: script the text is written in (:func:`respelled`). Keys, canonical names, roles and
#: the ``source`` spans (the raw text already) are not quotes.
WRITTEN_FIELDS: dict[str, tuple[str, ...]] = {
    "gazette": ("title", "publisher"),
    "document": ("number", "title", "issuer", "addressees", "attachments", "issuer_code", "label"),
    "citation": ("from", "to", "to_title", "to_issuer"),
    "appointment": ("person", "post", "organization", "document"),
    "task": ("document", "path", "heading", "text", "posts", "deadline"),
    "target": ("document", "indicator", "unit", "text", "path"),
    "incentive": ("document", "unit", "recipient", "condition", "text", "path"),
    "section": ("document", "path", "heading"),
}
#: …and of an agency a task names: the name as written (its canonical name is one for every spelling).
_WRITTEN_AGENCY_FIELDS = ("name",)


def respelled(d: dict[str, Any], spell: Callable[[str, str | None], str]) -> dict[str, Any]:
    """The JSON Lines shape ``d`` with the fields quoting the text spelt by ``spell`` (a quote and
    the raw text of the record's ``source``; :func:`policykg.extract.text.as_written`), in place."""
    src = d.get("source")
    raw = src.get("text") if src else None
    for key in WRITTEN_FIELDS.get(d.get("type", ""), ()):
        value = d.get(key)
        if isinstance(value, str):
            d[key] = spell(value, raw)
        elif isinstance(value, list):
            d[key] = [spell(v, raw) if isinstance(v, str) else v for v in value]
    for agency in d.get("agencies") or ():
        for key in _WRITTEN_AGENCY_FIELDS:
            if isinstance(agency.get(key), str):
                agency_src = agency.get("source")
                agency[key] = spell(agency[key], agency_src.get("text") if agency_src else raw)
    return d


@cache
def _nested_fields(cls: type) -> tuple[str, ...]:
    """Fields of a record class that may hold a :class:`Source` or records that do."""
    if not dataclasses.is_dataclass(cls):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls)
                 if "Source" in str(f.type) or "AgencyMention" in str(f.type))


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls))


@cache
def _copier(cls: type) -> Callable[[Any, dict[str, Any]], Any]:
    """A function ``(record, changes) -> copy`` for one record class, written out field by field.

    Straight-line code with one attribute read per field costs about half of a loop over
    the field names that tests each name against the changes.
    """
    lines = [f"    _set_{name}(new, record.{name})" for name in _field_names(cls)]
    source = (
        "def copy(record, changes):\n"
        "    new = _new(cls)\n" + "\n".join(lines) + "\n"
        "    for name, value in changes.items():\n"
        "        _set(new, name, value)\n"
        "    return new\n"
    )
    # Each slot set through its own descriptor (see _slot_init), the changes by name.
    namespace: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "cls": cls}
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in _field_names(cls)})
    exec(source, namespace)  # noqa: S102 - code built from the class's own field names
    return namespace["copy"]


def evolve(record: Any, **changes: Any) -> Any:
    """A copy of a frozen record with some fields changed, like :func:`dataclasses.replace`.

    Every record is copied a few times on its way out (offsets rebased, keys and indices
    set); ``dataclasses.replace`` inspects the class's fields on each call and costs
    about three times as much. Classes with a ``__post_init__`` go through the constructor.

    Raises:
        TypeError: a change names no field of the record.
    """
    return _evolve(record, changes)


def _evolve(record: Any, changes: dict[str, Any]) -> Any:
    cls = type(record)
    copy, fields = _PLANS.get(cls) or _plan(cls)
    if copy is None:
        return dataclasses.replace(record, **changes)
    if not changes.keys() <= fields:
        raise TypeError(f"{cls.__name__} has no field {sorted(changes.keys() - fields)}")
    return copy(record, changes)


#: Per record class: its copier (None for classes with a ``__post_init__``) and its field names.
_PLANS: dict[type, tuple[Callable[[Any, dict[str, Any]], Any] | None, frozenset[str]]] = {}


def _plan(cls: type) -> tuple[Callable[[Any, dict[str, Any]], Any] | None, frozenset[str]]:
    plan = (None if hasattr(cls, "__post_init__") else _copier(cls), _field_set(cls))
    _PLANS[cls] = plan
    return plan


def map_sources(record: Any, fn: Callable[[Source], Source], **also: Any) -> Any:
    """A copy of ``record`` with every :class:`Source` inside it (nested too) passed through ``fn``.

    Keyword arguments are further field changes made in the same copy. A record in which
    ``fn`` changes nothing and no field changes is returned as it is.

    Runs once per record of every file (and per agency of every task), so each record class
    has its own copying function, written out field by field when first needed.
    """
    cls = type(record)
    if cls is Source:
        return fn(record)
    if cls is tuple:
        return tuple([map_sources(r, fn) for r in record])
    mapper = _MAPPERS.get(cls, _UNSET)
    if mapper is _UNSET:
        mapper = _MAPPERS[cls] = _mapper(cls)
    if mapper is not None:
        return mapper(record, fn, also)
    return _map_fields(record, fn, also)


def _map_fields(record: Any, fn: Callable[[Source], Source], also: dict[str, Any]) -> Any:
    """:func:`map_sources` by a loop over the nested fields: for classes without their own copier."""
    changes = also
    for name in _nested_fields(type(record)):
        value = getattr(record, name)
        if value is None:
            continue
        new = fn(value) if type(value) is Source else map_sources(value, fn)
        if new is not value:
            changes[name] = new
    return _evolve(record, changes) if changes else record


_UNSET = object()
#: Per record class: its :func:`map_sources` copier (None for a class copied the general way).
_MAPPERS: dict[type, Callable[[Any, Callable[[Source], Source], dict[str, Any]], Any] | None] = {}


def _mapper(cls: type) -> Callable[[Any, Callable[[Source], Source], dict[str, Any]], Any] | None:
    """``(record, fn, also) -> copy`` for :func:`map_sources` on one record class, written out
    field by field: each nested field mapped, every slot filled once, then the changes.

    Gives what the general loop gives: a nested field ``fn`` changes overrides a change of the
    same name; a change that names no field raises ``TypeError``. None for a class that has
    no nested field or a ``__post_init__`` (copied by the general loop).
    """
    nested = _nested_fields(cls)
    if not nested or not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") \
            or "__slots__" not in cls.__dict__:
        return None
    names = _field_names(cls)
    lines = ["def mapper(record, fn, also):"]
    for k, name in enumerate(nested):
        lines += [
            f"    v{k} = record.{name}",
            f"    m{k} = v{k} if v{k} is None else fn(v{k}) if type(v{k}) is _Source else _map(v{k}, fn)",
        ]
    same = " and ".join(f"m{k} is v{k}" for k in range(len(nested)))
    lines += [f"    if {same} and not also:", "        return record", "    new = _new(cls)"]
    for name in names:
        value = f"m{nested.index(name)}" if name in nested else f"record.{name}"
        lines.append(f"    _set_{name}(new, {value})")
    lines += [
        "    if also:",
        "        if not also.keys() <= _fields:",
        "            raise TypeError(f'{cls.__name__} has no field {sorted(also.keys() - _fields)}')",
        "        for name, value in also.items():",
        "            if name not in _nested or getattr(new, name) is getattr(record, name):",
        "                _set(new, name, value)",
        "    return new",
    ]
    namespace: dict[str, Any] = {
        "_new": object.__new__, "_set": object.__setattr__, "cls": cls, "_Source": Source, "_map": map_sources,
        "_fields": _field_set(cls), "_nested": frozenset(nested),
    }
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
    exec("\n".join(lines) + "\n", namespace)  # noqa: S102 - code built from the class's own field names
    return namespace["mapper"]

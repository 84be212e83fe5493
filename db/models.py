"""ORM tables (SQLAlchemy 2, typed)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import (Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, Text,
                        UniqueConstraint)
from sqlalchemy import false as sql_false, func, text as sql_text, true as sql_true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc: Mapped[str] = mapped_column(String(500))
    source: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    title: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text)
    published: Mapped[Optional[date]] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    quotes: Mapped[list["QuoteRow"]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                    passive_deletes=True)

    # lower(source): outlets are matched case-insensitively (migration 0010)
    __table_args__ = (Index("ix_articles_source_doc", "source", "doc"),
                      Index("ix_articles_source_lower", func.lower(source)))

    def __repr__(self) -> str:
        return f"ArticleRow(id={self.id!r}, doc={self.doc!r}, source={self.source!r})"


class SpeakerRow(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    last_key: Mapped[str] = mapped_column(String(200), index=True)
    side: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    # kept by the repository (save, replace, merge); lets compare skip counting a million rows
    quote_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    aliases: Mapped[list["SpeakerAliasRow"]] = relationship(back_populates="speaker", cascade="all, delete-orphan")
    quotes: Mapped[list["QuoteRow"]] = relationship(back_populates="speaker")

    def __repr__(self) -> str:
        return f"SpeakerRow(id={self.id!r}, name={self.name!r}, side={self.side!r})"


class SpeakerAliasRow(Base):
    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)

    speaker: Mapped[SpeakerRow] = relationship(back_populates="aliases")

    __table_args__ = (UniqueConstraint("speaker_id", "alias"),)

    def __repr__(self) -> str:
        return f"SpeakerAliasRow(alias={self.alias!r}, speaker_id={self.speaker_id!r})"


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    speaker_mention: Mapped[Optional[str]] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[Optional[str]] = mapped_column(String(100))
    rule: Mapped[str] = mapped_column(String(100))
    confidence: Mapped[float] = mapped_column(Float)
    statement_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL", name="fk_quotes_statement_id"), index=True)
    # bit i set = label i of quotes.stance.LABELS; derived from `stances`, written with them,
    # so that stance counts per speaker or article are one index scan
    stance_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the same bits for borderline tags (below the model's confident threshold; `--borderline`)
    borderline_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the article's publication date, copied so date-ordered search needs no join
    published: Mapped[Optional[date]] = mapped_column(Date)

    article: Mapped[ArticleRow] = relationship(back_populates="quotes")
    speaker: Mapped[Optional[SpeakerRow]] = relationship(back_populates="quotes")
    statement: Mapped[Optional["StatementRow"]] = relationship(back_populates="quotes")
    stances: Mapped[list["StanceRow"]] = relationship(back_populates="quote", cascade="all, delete-orphan",
                                                      passive_deletes=True)
    co_speakers: Mapped[list["QuoteCoSpeakerRow"]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", passive_deletes=True,
        order_by="QuoteCoSpeakerRow.position")

    __table_args__ = (
        Index("ix_quotes_speaker_stance", "speaker_id", "stance_mask", "published", "article_id", "start",
              sqlite_where=sql_text("stance_mask != 0"), postgresql_where=sql_text("stance_mask != 0")),
        Index("ix_quotes_article_stance", "article_id", "stance_mask",
              sqlite_where=sql_text("stance_mask != 0"), postgresql_where=sql_text("stance_mask != 0")),
        # the same for borderline tags: `compare --borderline` counts them from these
        Index("ix_quotes_speaker_borderline", "speaker_id", "borderline_mask",
              sqlite_where=sql_text("borderline_mask != 0"), postgresql_where=sql_text("borderline_mask != 0")),
        Index("ix_quotes_article_borderline", "article_id", "borderline_mask",
              sqlite_where=sql_text("borderline_mask != 0"), postgresql_where=sql_text("borderline_mask != 0")),
    )

    def __repr__(self) -> str:
        return f"QuoteRow(id={self.id!r}, kind={self.kind!r}, text={self.text[:30]!r})"


class QuoteCoSpeakerRow(Base):
    """A further speaker of a joint statement (`sagten Merkel und Macron`); the first one is
    quotes.speaker_id, which counts, groups and compares go by."""

    __tablename__ = "quote_co_speakers"

    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
    position: Mapped[int] = mapped_column(Integer)

    quote: Mapped[QuoteRow] = relationship(back_populates="co_speakers")
    speaker: Mapped[SpeakerRow] = relationship()

    def __repr__(self) -> str:
        return f"QuoteCoSpeakerRow(quote_id={self.quote_id!r}, speaker_id={self.speaker_id!r})"


class StanceRow(Base):
    __tablename__ = "stances"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(30), index=True)
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[Optional[str]] = mapped_column(Text)
    # borderline tags (below the model's confident threshold) are kept for `--borderline`
    confident: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sql_true())
    # the quote's speaker, kept in step with it: a speaker's strongest tag of a label is one
    # index seek (`compare --by speaker` shows one per cell)
    speaker_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL", name="fk_stances_speaker_id"))

    quote: Mapped[QuoteRow] = relationship(back_populates="stances")

    # a quote's tags are read from the index alone (`compare --topic` reads thousands)
    __table_args__ = (Index("ix_stances_quote_id", "quote_id", "label", "score", "confident"),
                      Index("ix_stances_label_score", "label", "score"),
                      Index("ix_stances_speaker_label_score", "speaker_id", "label", "score"))

    def __repr__(self) -> str:
        return f"StanceRow(quote_id={self.quote_id!r}, label={self.label!r})"


class StatementRow(Base):
    """One utterance, however many outlets reported it: their quotes point here."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    first_date: Mapped[Optional[date]] = mapped_column(Date)

    quotes: Mapped[list[QuoteRow]] = relationship(back_populates="statement")

    def __repr__(self) -> str:
        return f"StatementRow(id={self.id!r}, speaker_id={self.speaker_id!r})"


class StanceCountRow(Base):
    """Quotes (and statements, at their first report) per group, day and stance masks, kept by
    every write (db.rollup) so that `compare` sums counters instead of grouping all quotes.
    dim: side | source | speaker; grp: the side, the outlet, or the speaker id ("" for none);
    day: the publication day, or db.rollup.ALL_DAYS / UNDATED."""

    __tablename__ = "stance_counts"

    dim: Mapped[str] = mapped_column(String(10))
    day: Mapped[date] = mapped_column(Date)
    grp: Mapped[str] = mapped_column(String(300))
    stance_mask: Mapped[int] = mapped_column(Integer)
    borderline_mask: Mapped[int] = mapped_column(Integer)
    quotes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    statements: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # key order: one dimension's counters of a day or period are one range of the key, and the
    # counts ride in it (SQLite: the table is its key; PostgreSQL: INCLUDE) so a sum reads no rows
    __table_args__ = (PrimaryKeyConstraint("dim", "day", "grp", "stance_mask", "borderline_mask",
                                           postgresql_include=["quotes", "statements"]),
                      {"sqlite_with_rowid": False})


class QuoteFixRow(Base):
    """A user's correction of one quote (`quotes fix`), re-applied when its article is stored again."""

    __tablename__ = "quote_fixes"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc: Mapped[str] = mapped_column(String(500), index=True)
    source: Mapped[Optional[str]] = mapped_column(String(200))
    quote_text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[Optional[str]] = mapped_column(String(300))
    not_a_quote: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sql_false())
    created_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), default=_now)

    def __repr__(self) -> str:
        return f"QuoteFixRow(doc={self.doc!r}, speaker={self.speaker!r}, not_a_quote={self.not_a_quote!r})"

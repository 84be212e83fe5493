"""Trained components and the data they learn from.

Each component has one feature extractor shared by training and inference, a `train`
entry point that writes model + metrics, and `load`/`predict` used by the pipeline.
"""
